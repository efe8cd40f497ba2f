/** Frequent function words per language (ISO 639-1), for language detection. */
export const LANGUAGE_STOPWORDS: Record<string, string[]> = {
  en: ["the", "and", "of", "to", "in", "was", "that", "has", "have", "with", "for", "were", "its", "said", "by", "from", "this", "which", "is"],
  de: ["der", "die", "das", "und", "ist", "nicht", "mit", "von", "den", "ein", "eine", "auf", "sich", "bei", "wurde", "sind", "zu", "dem", "des"],
  it: ["il", "della", "che", "di", "un", "una", "sono", "per", "con", "non", "gli", "delle", "del", "nel", "stato", "alla", "ha", "le"],
  fr: ["le", "les", "des", "est", "une", "que", "qui", "dans", "pour", "pas", "sur", "au", "aux", "du", "ont", "sont", "avec", "ce"],
  es: ["el", "los", "las", "que", "del", "una", "por", "con", "para", "fue", "han", "sus", "como", "pero", "esta", "se", "al", "lo"],
};
