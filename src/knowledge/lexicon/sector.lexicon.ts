import type { Sector } from "../../domain/incident.js";

/** Words that tell an organisation's sector when the gazetteer does not know it. */
export const SECTOR_CUES: Record<Sector, string[]> = {
  airline: [
    "airlines?", "air ?lines?", "airways", "carriers?", "flag carrier", "flights?", "fl[yi]ers?", "frequent fl[yi]er", "aviation", "passengers?", "aircraft", "airports?",
    "fluggesellschaft", "airline", "compagnia aerea", "vettore", "compagnie aerienne", "transporteur aerien", "aerolinea", "linea aerea",
  ],
  retail: [
    "retailers?", "retail", "fashion", "luxury", "stores?", "shops?", "brands?", "shoppers?", "jewell?e?r[ys]?", "jewelry", "apparel", "clothing", "sportswear", "couture", "boutiques?",
    "supermarkets?", "grocer\\w*", "department store", "e-commerce", "outdoor", "high-street",
    "einzelhandler", "handler", "modekonzern", "luxuskonzern", "marchio", "moda", "abbigliamento", "rivenditore", "marque", "detaillant", "enseigne", "minorista", "tienda", "marca",
    "\\w+handler(?:s|n)?", "versandh(?:aus|auser|andel)\\w*", "versender\\w*", "onlineshops?", "kaufhaus\\w*", "warenhaus\\w*", "elektronikkette\\w*", "distributeur", "revendeur", "negozio", "negozi", "catena di negozi", "cadena de (?:tiendas|supermercados|articulos \\w+|moda|grandes almacenes)", "chaine de (?:magasins|supermarches|boutiques)", "catena di (?:supermercati|articoli \\w+)", "mail-order", "electronics (?:retailer|chain)",
  ],
  other: [
    "banks?", "banco", "insurer", "insurance", "credit reporting", "credit bureau", "telecoms?", "telecommunications", "hospitals?", "health", "universit\\w*", "government", "council",
    "technology (?:company|firm|giant)", "software", "networking", "energy", "utility", "financial services", "lender", "bank", "versicherer", "banca", "banque", "aseguradora",
    "travel technology", "hotels?", "hospitality", "(?:central )?reservations? (?:system|platform)s?", "booking (?:system|platform|engine)s?", "gds", "global distribution systems?",
  ],
};

/** Name parts that give the sector away ("Hawaiian Airlines", "Banco Santander"). */
export const SECTOR_NAME_PARTS: Record<Sector, string[]> = {
  airline: ["airlines", "airline", "airways", "air", "aviation", "aero", "aerolineas", "jet", "fly"],
  retail: ["stores", "retail", "fashion", "boutique", "jewellery", "jewelry", "mart", "shop"],
  other: ["bank", "banco", "banque", "insurance", "university", "hospital", "council", "telecom"],
};
