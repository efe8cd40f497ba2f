/** The local console adapter: the bot in a terminal, and a poster for console subscriptions and watches. */
export { startConsole, CONSOLE_PROMPT, CONSOLE_TARGET, type ConsoleOptions } from "./console.session.js";
export { renderText, sanitize } from "./console.render.js";
export { createConsoleChannel, type ConsoleChannel, type ConsoleWriter } from "./console.channel.js";
export { createConsolePoster, consoleBlock } from "./console.poster.js";
export { localAction, LOCAL_WORDS, type LocalAction } from "./console.words.js";
