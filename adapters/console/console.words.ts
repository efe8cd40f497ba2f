/**
 * Words the console handles itself instead of sending them to the bot, in the languages the bot
 * reads. Data, not code: a new word is one entry.
 */
export type LocalAction = "quit" | "clear";

export const LOCAL_WORDS: Readonly<Record<string, LocalAction>> = {
  // English
  exit: "quit", quit: "quit", bye: "quit", q: "quit", ":q": "quit", clear: "clear", cls: "clear", reset: "clear",
  // French
  quitter: "quit", sortir: "quit", "au revoir": "quit", effacer: "clear",
  // Spanish
  salir: "quit", "adiós": "quit", adios: "quit", limpiar: "clear", borrar: "clear",
  // German
  beenden: "quit", "tschüss": "quit", ende: "quit", "löschen": "clear", leeren: "clear",
  // Italian
  esci: "quit", uscire: "quit", pulisci: "clear", cancella: "clear",
  // Portuguese
  sair: "quit", limpar: "clear",
  // Dutch
  afsluiten: "quit", stoppen: "quit", wissen: "clear",
};

/** The local action a typed line asks for ("Quit!", " clear "), or null when the line is for the bot. */
export function localAction(line: string): LocalAction | null {
  const word = line.trim().toLowerCase().replace(/[.!]+$/, "");
  return LOCAL_WORDS[word] ?? null;
}
