import { createLogger } from "../../src/logger.js";
import { startPlaygroundBot } from "./playground-bot.js";
const t0 = Date.now();
const bot = await startPlaygroundBot(createLogger("warn"));
process.stdout.write(`ENDPOINT ${bot.endpoint} incidents=${bot.incidents} in ${Date.now() - t0}ms\n`);
process.on("SIGTERM", () => void bot.close().then(() => process.exit(0)));
