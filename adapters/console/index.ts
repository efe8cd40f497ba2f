/** The local console adapter: the bot in a terminal. */
export { startConsole, CONSOLE_PROMPT, type ConsoleOptions } from "./console.session.js";
export { renderText, sanitize } from "./console.render.js";
