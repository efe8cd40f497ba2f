// Entry of a page-pool worker thread: the project runs TypeScript through tsx, and a worker
// thread starts without the main thread's loader, so register it here first.
import { register } from "tsx/esm/api";

register();
await import(new URL("./page.worker.ts", import.meta.url).href);
