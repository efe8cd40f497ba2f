import { ACTORS } from "../../knowledge/gazetteer/index.js";

/** A name with look-alike characters and spacing undone ("Cl0p" → "clop", "Lapsus$" → "lapsuss"). */
const plain = (name: string): string =>
  name.toLowerCase().replace(/0/g, "o").replace(/1/g, "l").replace(/3/g, "e").replace(/4/g, "a").replace(/[5$]/g, "s").replace(/[\s_-]+/g, "");

let table: Map<string, string[]> | null = null;

/** Gazetteer spellings of an actor's name with look-alike characters ("Clop" → ["Cl0p"]): people search for both. */
export function otherSpellings(name: string): string[] {
  if (!table) {
    table = new Map();
    for (const a of ACTORS) {
      const forms = [a.name, ...a.aliases].filter((x) => plain(x) === plain(a.name));
      for (const f of forms) table.set(f.toLowerCase(), forms);
    }
  }
  const forms = table.get(name.toLowerCase()) ?? [];
  // Case and spacing differences are no other spelling ("Shiny Hunters"); look-alike characters are ("Cl0p").
  const squash = (x: string) => x.toLowerCase().replace(/[\s_-]+/g, "");
  return [...new Map(forms.filter((f) => squash(f) !== squash(name)).map((f) => [squash(f), f])).values()];
}

/** "Clop (also written Cl0p)" in the answer's language; the name alone when it has no other spelling. */
export function withSpellings(name: string, also: string): string {
  const others = otherSpellings(name);
  return others.length > 0 ? `${name} (${also} ${others.join(", ")})` : name;
}
