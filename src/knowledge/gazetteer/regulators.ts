import type { RegulatorEntry, RegulatorKind } from "../types.js";
import { US_STATE_AGS } from "./us-state-ags.js";

const reg = (name: string, country: string, kind: RegulatorKind, aliases: string[] = [], ambiguous = false): RegulatorEntry =>
  ambiguous ? { name, aliases, country, kind, ambiguous } : { name, aliases, country, kind };

/**
 * Data-protection authorities, police, cyber agencies and other authorities that breach news says were notified
 * or are investigating. Names are the short forms our labels use ("ICO", "CNIL", "OAIC", "Maine AG").
 * Full names shared by several countries ("Personal Information Protection Commission": Korea and Japan;
 * "Office of the Privacy Commissioner": Canada, New Zealand, Hong Kong) appear only in a country-qualified form.
 */
const NATIONAL: RegulatorEntry[] = [
  // United Kingdom and Ireland
  reg("ICO", "GB", "dpa", ["Information Commissioner's Office", "UK Information Commissioner's Office", "UK ICO", "UK Information Commissioner", "UK data watchdog", "UK privacy watchdog"]),
  reg("NCSC", "GB", "cyber_agency", ["National Cyber Security Centre", "UK NCSC", "NCSC UK", "UK National Cyber Security Centre"]),
  reg("NCA", "GB", "police", ["National Crime Agency", "UK National Crime Agency", "National Cyber Crime Unit"]),
  reg("West Midlands Police", "GB", "police", []),
  reg("Police Scotland", "GB", "police", []),
  reg("PSNI", "GB", "police", ["Police Service of Northern Ireland"]),
  reg("DfT", "GB", "transport", ["Department for Transport", "UK Department for Transport"]),
  reg("Ofcom", "GB", "other", []),
  reg("Action Fraud", "GB", "police", []),
  reg("Metropolitan Police", "GB", "police", ["Met Police", "Metropolitan Police Service", "Scotland Yard"]),
  reg("City of London Police", "GB", "police", []),
  reg("FCA", "GB", "securities", ["Financial Conduct Authority"]),
  reg("UK CAA", "GB", "transport", ["Civil Aviation Authority", "UK Civil Aviation Authority"]),
  reg("DPC", "IE", "dpa", ["Data Protection Commission", "Irish Data Protection Commission", "Irish DPC", "Ireland's Data Protection Commission", "Irish privacy watchdog"]),
  reg("NCSC Ireland", "IE", "cyber_agency", ["Irish National Cyber Security Centre", "NCSC-IE"]),
  reg("Garda", "IE", "police", ["An Garda Síochána", "Garda Síochána", "Gardaí", "Irish police"]),
  // France
  reg("CNIL", "FR", "dpa", ["Commission nationale de l'informatique et des libertés", "French data protection authority", "French privacy watchdog", "French data protection watchdog"]),
  reg("ANSSI", "FR", "cyber_agency", ["Agence nationale de la sécurité des systèmes d'information", "French National Cybersecurity Agency", "French cybersecurity agency"]),
  reg("Paris prosecutor", "FR", "police", ["Paris prosecutor's office", "parquet de Paris", "Paris public prosecutor"]),
  // The public prosecutor of whichever court handles the complaint ("plainte auprès du procureur de la République").
  reg("procureur de la République", "FR", "police", ["procureure de la République"]),
  reg("Gendarmerie", "FR", "police", ["Gendarmerie nationale", "French gendarmerie"]),
  reg("DGAC", "FR", "transport", ["Direction générale de l'aviation civile", "French civil aviation authority"]),
  // Benelux
  reg("Autoriteit Persoonsgegevens", "NL", "dpa", ["Dutch Data Protection Authority", "Dutch DPA", "Dutch privacy watchdog", "Dutch data protection watchdog"]),
  reg("NCSC-NL", "NL", "cyber_agency", ["Nationaal Cyber Security Centrum", "Dutch National Cyber Security Centre"]),
  reg("Dutch police", "NL", "police", ["Politie", "Netherlands Police", "Dutch National Police"]),
  // Belgium's DPA: "APD" in French, "GBA" in Dutch; news in other languages names it by nationality ("autorità belga…").
  reg("APD", "BE", "dpa", ["Belgian DPA", "Belgian Data Protection Authority", "Gegevensbeschermingsautoriteit", "Autorité de protection des données", "APD-GBA", "GBA",
    "autorità belga per la protezione dei dati", "autorità garante belga", "belgische Datenschutzbehörde", "autoridad belga de protección de datos", "autorité belge de protection des données"], true),
  reg("CNPD", "LU", "dpa", ["Commission nationale pour la protection des données", "Luxembourg data protection authority", "Luxembourg's CNPD"]),
  // German-speaking countries
  reg("BfDI", "DE", "dpa", ["Federal Commissioner for Data Protection and Freedom of Information", "Bundesbeauftragte für den Datenschutz und die Informationsfreiheit", "German Federal Data Protection Commissioner"]),
  // "BSI" is also the British Standards Institution.
  reg("BSI", "DE", "cyber_agency", ["Bundesamt für Sicherheit in der Informationstechnik", "Federal Office for Information Security", "German Federal Office for Information Security"], true),
  reg("BKA", "DE", "police", ["Bundeskriminalamt", "German Federal Criminal Police Office", "Federal Criminal Police Office"]),
  reg("BayLDA", "DE", "dpa", ["Bayerisches Landesamt für Datenschutzaufsicht", "Bavarian Data Protection Authority", "Bavarian State Office for Data Protection Supervision"]),
  reg("HmbBfDI", "DE", "dpa", ["Hamburg Commissioner for Data Protection and Freedom of Information", "Hamburg data protection authority", "Hamburgische Beauftragte für Datenschutz und Informationsfreiheit"]),
  reg("BlnBDI", "DE", "dpa", ["Berlin Commissioner for Data Protection and Freedom of Information", "Berliner Beauftragte für Datenschutz und Informationsfreiheit", "Berlin data protection authority"]),
  reg("LfDI Baden-Württemberg", "DE", "dpa", ["LfDI BW", "Baden-Württemberg data protection authority", "Landesbeauftragte für den Datenschutz und die Informationsfreiheit Baden-Württemberg"]),
  reg("LDI NRW", "DE", "dpa", ["Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen", "North Rhine-Westphalia data protection authority"]),
  reg("HBDI", "DE", "dpa", ["Hessian Commissioner for Data Protection and Freedom of Information", "Hessischer Beauftragter für Datenschutz und Informationsfreiheit", "Hesse data protection authority"]),
  reg("LfD Niedersachsen", "DE", "dpa", ["Lower Saxony data protection authority", "Landesbeauftragte für den Datenschutz Niedersachsen"]),
  reg("LfDI Rheinland-Pfalz", "DE", "dpa", ["Rhineland-Palatinate data protection authority", "LfDI RLP"]),
  reg("ULD", "DE", "dpa", ["Unabhängiges Landeszentrum für Datenschutz Schleswig-Holstein", "Schleswig-Holstein data protection authority"], true),
  reg("Saxony DPA", "DE", "dpa", ["Sächsischer Datenschutzbeauftragter", "Sächsische Datenschutz- und Transparenzbeauftragte", "Saxony data protection authority"]),
  reg("LfDI Mecklenburg-Vorpommern", "DE", "dpa", ["Mecklenburg-Vorpommern data protection authority", "LfDI MV"]),
  reg("LDA Brandenburg", "DE", "dpa", ["Landesbeauftragte für den Datenschutz und für das Recht auf Akteneinsicht Brandenburg", "Brandenburg data protection authority"]),
  reg("LfD Sachsen-Anhalt", "DE", "dpa", ["Saxony-Anhalt data protection authority", "Landesbeauftragte für den Datenschutz Sachsen-Anhalt"]),
  reg("TLfDI", "DE", "dpa", ["Thüringer Landesbeauftragter für den Datenschutz und die Informationsfreiheit", "Thuringia data protection authority"]),
  reg("LfDI Bremen", "DE", "dpa", ["Bremen data protection authority", "Landesbeauftragte für Datenschutz und Informationsfreiheit Bremen"]),
  reg("UDZ Saarland", "DE", "dpa", ["Unabhängiges Datenschutzzentrum Saarland", "Saarland data protection authority"]),
  // Bare "Datenschutzbehörde" is any country's DPA ("die britische Datenschutzbehörde ICO"): only the Austrian-qualified forms.
  reg("DSB", "AT", "dpa", ["österreichische Datenschutzbehörde", "Österreichs Datenschutzbehörde", "Austrian Data Protection Authority", "Austrian DPA"]),
  reg("FDPIC", "CH", "dpa", ["Federal Data Protection and Information Commissioner", "EDÖB", "PFPDT", "Swiss data protection commissioner", "Swiss Federal Data Protection and Information Commissioner"]),
  reg("BACS", "CH", "cyber_agency", ["Federal Office for Cyber Security", "Swiss National Cyber Security Centre", "NCSC Switzerland"], true),
  // Southern Europe
  reg("Garante", "IT", "dpa", ["Garante per la protezione dei dati personali", "Garante Privacy", "Italian Data Protection Authority", "Italian privacy watchdog", "Italian data protection watchdog"]),
  reg("ACN", "IT", "cyber_agency", ["Agenzia per la Cybersicurezza Nazionale", "Italian National Cybersecurity Agency"]),
  reg("CNCS", "PT", "cyber_agency", ["Centro Nacional de Cibersegurança", "Centro Nacional de Ciberseguridad", "Portuguese National Cybersecurity Centre", "Portugal's National Cybersecurity Centre"]),
  reg("Polizia Postale", "IT", "police", ["Italian Postal Police", "Polizia Postale e delle Comunicazioni"]),
  reg("AEPD", "ES", "dpa", ["Agencia Española de Protección de Datos", "Spanish Data Protection Agency", "Spanish Data Protection Authority", "Spanish privacy watchdog"]),
  reg("INCIBE", "ES", "cyber_agency", ["Instituto Nacional de Ciberseguridad", "Spanish National Cybersecurity Institute"]),
  reg("Guardia Civil", "ES", "police", ["Spanish Civil Guard"]),
  reg("Policía Nacional", "ES", "police", ["Spanish National Police", "Policia Nacional"]),
  // Portugal's DPA uses the same short name as Luxembourg's: the labels keep the short form "CNPD" for both.
  reg("CNPD", "PT", "dpa", ["Comissão Nacional de Proteção de Dados", "Portuguese Data Protection Authority", "Portuguese CNPD"]),
  reg("Polícia Judiciária", "PT", "police", ["Policia Judiciaria", "Portuguese judicial police", "Portugal's judicial police", "judicial police"]),
  reg("HDPA", "GR", "dpa", ["Hellenic Data Protection Authority", "Greek Data Protection Authority"]),
  // Nordics and Central/Eastern Europe. Norway's and Denmark's DPAs are both "Datatilsynet": the bare word is Norway's.
  reg("IMY", "SE", "dpa", ["Integritetsskyddsmyndigheten", "Swedish Authority for Privacy Protection", "Swedish privacy watchdog", "Swedish Data Protection Authority"]),
  reg("Datatilsynet", "NO", "dpa", ["Norwegian Data Protection Authority", "Norwegian Datatilsynet", "Norwegian privacy watchdog"]),
  reg("Danish DPA", "DK", "dpa", ["Danish Data Protection Agency", "Danish Datatilsynet", "Danish privacy watchdog"]),
  reg("Finnish Data Protection Ombudsman", "FI", "dpa", ["Tietosuojavaltuutettu", "Office of the Data Protection Ombudsman", "Finnish DPA"]),
  reg("UODO", "PL", "dpa", ["Urząd Ochrony Danych Osobowych", "Polish Data Protection Authority", "Personal Data Protection Office"]),
  reg("NAIH", "HU", "dpa", ["Hungarian National Authority for Data Protection and Freedom of Information", "Hungarian Data Protection Authority"]),
  reg("ANSPDCP", "RO", "dpa", ["Romanian Data Protection Authority", "Romanian National Supervisory Authority for Personal Data Processing"]),
  reg("AZOP", "HR", "dpa", ["Croatian Personal Data Protection Agency", "Croatian Data Protection Authority"]),
  // European Union and international
  reg("EDPB", "EU", "dpa", ["European Data Protection Board"]),
  reg("EDPS", "EU", "dpa", ["European Data Protection Supervisor"]),
  reg("ENISA", "EU", "cyber_agency", ["European Union Agency for Cybersecurity", "EU Agency for Cybersecurity"]),
  reg("CERT-EU", "EU", "cyber_agency", []),
  reg("Europol", "EU", "police", ["European Cybercrime Centre", "Europol's EC3", "Europol's European Cybercrime Centre"]),
  reg("Eurojust", "EU", "police", ["European Union Agency for Criminal Justice Cooperation"]),
  reg("EASA", "EU", "transport", ["European Union Aviation Safety Agency", "European Aviation Safety Agency"]),
  reg("Interpol", "INT", "police", ["International Criminal Police Organization"]),
  // Any country's prosecutor general ("Russia's Prosecutor General's Office", "la Procura generale russa").
  reg("Prosecutor General's Office", "INT", "police", ["Office of the Prosecutor General", "Procura generale", "Fiscalía General del Estado", "parquet général", "Fiscalía General"]),
  reg("Ukrainian Cyber Police", "UA", "police", ["Cyber Police of Ukraine", "Ukraine's cyber police"]),
  // Generic: our labels once used "law enforcement" ("notified law enforcement"). Bare "police" is left out on
  // purpose: it is in most arrest stories and would tag every one of them; named forces have their own entries.
  reg("law enforcement", "INT", "police", ["law enforcement agencies", "law enforcement authorities"], true),
];

const AMERICAS: RegulatorEntry[] = [
  // United States (federal; state attorneys general are in us-state-ags.ts)
  reg("FBI", "US", "police", ["Federal Bureau of Investigation", "U.S. Federal Bureau of Investigation"]),
  reg("IC3", "US", "police", ["Internet Crime Complaint Center", "FBI's Internet Crime Complaint Center"]),
  reg("CISA", "US", "cyber_agency", ["Cybersecurity and Infrastructure Security Agency", "US Cybersecurity and Infrastructure Security Agency"]),
  reg("NSA", "US", "cyber_agency", ["National Security Agency", "U.S. National Security Agency"]),
  reg("SEC", "US", "securities", ["Securities and Exchange Commission", "U.S. Securities and Exchange Commission", "US SEC", "Comisión de Bolsa y Valores", "US-Börsenaufsicht", "US-Börsenaufsicht SEC", "gendarme de la Bourse américain", "Commission des valeurs mobilières des États-Unis"], true),
  reg("FTC", "US", "consumer", ["Federal Trade Commission", "U.S. Federal Trade Commission", "US FTC"]),
  reg("CFPB", "US", "consumer", ["Consumer Financial Protection Bureau"]),
  reg("FCC", "US", "other", ["Federal Communications Commission"]),
  // Breaches of health data are reported to HHS's Office for Civil Rights; the news often just says "HHS".
  reg("HHS OCR", "US", "dpa", ["HHS Office for Civil Rights", "Office for Civil Rights", "HHS", "Department of Health and Human Services", "U.S. Department of Health and Human Services", "HHS' Office for Civil Rights"]),
  reg("DOJ", "US", "police", ["Department of Justice", "U.S. Department of Justice", "US Department of Justice", "Justice Department", "US DOJ"]),
  reg("Secret Service", "US", "police", ["U.S. Secret Service", "US Secret Service", "USSS"]),
  reg("HSI", "US", "police", ["Homeland Security Investigations"], true),
  reg("TSA", "US", "transport", ["Transportation Security Administration"]),
  reg("FAA", "US", "transport", ["Federal Aviation Administration"]),
  reg("US DOT", "US", "transport", ["U.S. Department of Transportation", "US Department of Transportation", "Department of Transportation"]),
  reg("NYDFS", "US", "other", ["New York Department of Financial Services", "New York State Department of Financial Services"]),
  reg("CPPA", "US", "dpa", ["California Privacy Protection Agency", "CalPrivacy"]),
  // Canada
  reg("OPC", "CA", "dpa", ["Office of the Privacy Commissioner of Canada", "Privacy Commissioner of Canada", "Canadian privacy commissioner", "Canada's privacy commissioner", "federal privacy commissioner",
    "Commissariat à la protection de la vie privée du Canada", "commissaire à la protection de la vie privée du Canada", "Commissariat à la protection de la vie privée", "commissaire fédéral à la protection de la vie privée"]),
  reg("Transport Canada", "CA", "transport", []),
  reg("RCMP", "CA", "police", ["Royal Canadian Mounted Police", "Mounties"]),
  reg("Canadian Centre for Cyber Security", "CA", "cyber_agency", ["Cyber Centre", "CCCS", "Canada's Cyber Centre"]),
  reg("Canadian Anti-Fraud Centre", "CA", "police", []),
  reg("CAI", "CA", "dpa", ["Commission d'accès à l'information", "Commission d'accès à l'information du Québec", "Quebec privacy commission"], true),
  reg("IPC Ontario", "CA", "dpa", ["Information and Privacy Commissioner of Ontario", "Ontario privacy commissioner"]),
  reg("OIPC Alberta", "CA", "dpa", ["Office of the Information and Privacy Commissioner of Alberta", "Alberta privacy commissioner"]),
  reg("OIPC BC", "CA", "dpa", ["Office of the Information and Privacy Commissioner for British Columbia", "B.C. privacy commissioner", "British Columbia privacy commissioner"]),
  // Latin America
  reg("ANPD", "BR", "dpa", ["Autoridade Nacional de Proteção de Dados", "Brazilian National Data Protection Authority", "Brazil's data protection authority"]),
  reg("AAIP", "AR", "dpa", ["Agencia de Acceso a la Información Pública", "Argentine Agency for Access to Public Information"]),
  reg("INAI", "MX", "dpa", ["Instituto Nacional de Transparencia, Acceso a la Información y Protección de Datos Personales", "Mexican data protection authority"]),
  reg("Polícia Federal", "BR", "police", ["Brazilian Federal Police", "Policia Federal"]),
  reg("SIC", "CO", "dpa", ["Superintendencia de Industria y Comercio", "Colombian Superintendence of Industry and Commerce"], true),
];

const ASIA_PACIFIC: RegulatorEntry[] = [
  // Australia and New Zealand. "AFP" is also Agence France-Presse, the news agency that wrote many of our sources:
  // the extractor must see police context ("Australian Federal Police", "AFP officers", "AFP investigation").
  reg("OAIC", "AU", "dpa", ["Office of the Australian Information Commissioner", "Australian Information Commissioner", "Australian privacy watchdog", "Australian Privacy Commissioner"]),
  reg("ACSC", "AU", "cyber_agency", ["Australian Cyber Security Centre", "Australian Signals Directorate's ACSC", "ASD's ACSC", "ASD's Australian Cyber Security Centre"]),
  reg("ASD", "AU", "cyber_agency", ["Australian Signals Directorate"], true),
  reg("AFP", "AU", "police", ["Australian Federal Police"], true),
  reg("Home Affairs", "AU", "other", ["Department of Home Affairs", "Australian Department of Home Affairs"], true),
  reg("ASIC", "AU", "securities", ["Australian Securities and Investments Commission"], true),
  reg("ACCC", "AU", "consumer", ["Australian Competition and Consumer Commission"]),
  reg("CASA", "AU", "transport", ["Civil Aviation Safety Authority", "Australian Civil Aviation Safety Authority"], true),
  reg("NSW Police", "AU", "police", ["NSW Police Force", "New South Wales Police"]),
  reg("Victoria Police", "AU", "police", []),
  reg("Queensland Police", "AU", "police", ["Queensland Police Service"]),
  reg("NZ Privacy Commissioner", "NZ", "dpa", ["New Zealand Privacy Commissioner", "Office of the Privacy Commissioner New Zealand", "New Zealand's Office of the Privacy Commissioner"]),
  // Bare "(Office of the) Privacy Commissioner" with no country: the name as the text gives it.
  reg("Privacy Commissioner", "INT", "dpa", ["Office of the Privacy Commissioner"]),
  reg("NCSC NZ", "NZ", "cyber_agency", ["New Zealand National Cyber Security Centre", "NCSC New Zealand", "CERT NZ"]),
  reg("NZ Police", "NZ", "police", ["New Zealand Police"]),
  // East and South-East Asia
  reg("Hong Kong Police", "HK", "police", ["Hong Kong Police Force", "HKPF", "Hong Kong police's Cyber Security and Technology Crime Bureau"]),
  reg("PCPD", "HK", "dpa", ["Privacy Commissioner for Personal Data", "Office of the Privacy Commissioner for Personal Data", "Hong Kong privacy commissioner", "Hong Kong's privacy watchdog"]),
  reg("PDPC", "SG", "dpa", ["Personal Data Protection Commission", "Singapore's Personal Data Protection Commission", "Singapore PDPC"]),
  reg("CSA", "SG", "cyber_agency", ["Cyber Security Agency of Singapore", "Singapore's Cyber Security Agency"], true),
  reg("MAS", "SG", "other", ["Monetary Authority of Singapore"], true),
  reg("Singapore Police Force", "SG", "police", ["Singapore police"]),
  reg("HKMA", "HK", "other", ["Hong Kong Monetary Authority"]),
  reg("Royal Malaysia Police", "MY", "police", ["PDRM", "Polis Diraja Malaysia"]),
  reg("PIPC", "KR", "dpa", ["Korea's Personal Information Protection Commission", "South Korea's Personal Information Protection Commission", "Korean Personal Information Protection Commission", "Korea PIPC"]),
  reg("KNPA", "KR", "police", ["Korean National Police Agency", "Korea National Police Agency"]),
  reg("KISA", "KR", "cyber_agency", ["Korea Internet & Security Agency", "Korea Internet and Security Agency"]),
  reg("MSIT", "KR", "other", ["Ministry of Science and ICT", "Korean Ministry of Science and ICT"]),
  reg("PPC", "JP", "dpa", ["Japan's Personal Information Protection Commission", "Personal Information Protection Commission of Japan", "PPC Japan"], true),
  reg("Japan NPA", "JP", "police", ["Japan's National Police Agency", "Japanese National Police Agency"]),
  reg("NISC", "JP", "cyber_agency", ["National center of Incident readiness and Strategy for Cybersecurity", "Japan's National Center of Incident Readiness and Strategy for Cybersecurity"]),
  reg("JPCERT/CC", "JP", "cyber_agency", ["JPCERT", "Japan Computer Emergency Response Team Coordination Center"]),
  reg("CAC", "CN", "other", ["Cyberspace Administration of China"], true),
  reg("NPC Philippines", "PH", "dpa", ["Philippine National Privacy Commission", "National Privacy Commission"]),
  reg("JPDP", "MY", "dpa", ["Personal Data Protection Department", "Malaysian Personal Data Protection Department"]),
  reg("Thai PDPC", "TH", "dpa", ["Thailand's Personal Data Protection Committee", "Personal Data Protection Committee"]),
  reg("BSSN", "ID", "cyber_agency", ["Badan Siber dan Sandi Negara", "Indonesia's National Cyber and Crypto Agency"]),
  reg("Komdigi", "ID", "other", ["Kominfo", "Indonesian Ministry of Communication and Digital Affairs"]),
  reg("A05", "VN", "police", ["Department of Cybersecurity and High-Tech Crime Prevention", "Vietnam's Ministry of Public Security cybersecurity department"]),
  reg("Ministry of Public Security", "VN", "police", ["Vietnamese Ministry of Public Security", "Vietnam's Ministry of Public Security"]),
  // South Asia
  reg("CERT-In", "IN", "cyber_agency", ["Indian Computer Emergency Response Team", "CERT In"]),
  reg("MeitY", "IN", "other", ["Ministry of Electronics and Information Technology"]),
  reg("Data Protection Board of India", "IN", "dpa", ["Data Protection Board", "DPBI"]),
  reg("DGCA", "IN", "transport", ["Directorate General of Civil Aviation"]),
  reg("SEBI", "IN", "securities", ["Securities and Exchange Board of India"]),
  reg("RBI", "IN", "other", ["Reserve Bank of India"]),
];

const MIDDLE_EAST_AFRICA: RegulatorEntry[] = [
  reg("INCD", "IL", "cyber_agency", ["Israel National Cyber Directorate"]),
  reg("Israel Privacy Protection Authority", "IL", "dpa", ["Privacy Protection Authority", "PPA Israel"]),
  reg("UAE Cyber Security Council", "AE", "cyber_agency", ["UAE Cybersecurity Council"]),
  reg("Saudi NCA", "SA", "cyber_agency", ["National Cybersecurity Authority", "Saudi National Cybersecurity Authority"]),
  reg("SDAIA", "SA", "dpa", ["Saudi Data and AI Authority", "Saudi Data and Artificial Intelligence Authority"]),
  reg("USOM", "TR", "cyber_agency", ["Ulusal Siber Olaylara Müdahale Merkezi", "Turkish National Cyber Incident Response Center"]),
  reg("KVKK", "TR", "dpa", ["Kişisel Verileri Koruma Kurumu", "Turkish Personal Data Protection Authority"]),
  reg("Information Regulator", "ZA", "dpa", ["South Africa's Information Regulator", "Information Regulator South Africa"]),
  reg("ODPC", "KE", "dpa", ["Office of the Data Protection Commissioner", "Kenya's Office of the Data Protection Commissioner"]),
  reg("NDPC", "NG", "dpa", ["Nigeria Data Protection Commission"]),
];

/** Every regulator, police force and cyber agency the extractor recognises. */
export const REGULATORS: RegulatorEntry[] = [...NATIONAL, ...AMERICAS, ...ASIA_PACIFIC, ...MIDDLE_EAST_AFRICA, ...US_STATE_AGS];

/** "the Dutch and French data protection authorities": a nationality before a generic DPA phrase names that country's DPA. */
export const DPA_BY_NATIONALITY: Record<string, string> = {
  dutch: "Autoriteit Persoonsgegevens", french: "CNIL", italian: "Garante", spanish: "AEPD", irish: "DPC", british: "ICO", uk: "ICO", australian: "OAIC",
  canadian: "OPC", austrian: "DSB", swiss: "FDPIC", swedish: "IMY", norwegian: "Datatilsynet", danish: "Danish DPA", belgian: "APD", luxembourg: "CNPD",
  portuguese: "CNPD", greek: "HDPA",
  niederlandische: "Autoriteit Persoonsgegevens", franzosische: "CNIL", italienische: "Garante", spanische: "AEPD", irische: "DPC", britische: "ICO", osterreichische: "DSB",
  neerlandaise: "Autoriteit Persoonsgegevens", francaise: "CNIL", italienne: "Garante", espagnole: "AEPD", irlandaise: "DPC", britannique: "ICO",
  olandese: "Autoriteit Persoonsgegevens", francese: "CNIL", italiana: "Garante", spagnola: "AEPD", irlandese: "DPC", britannica: "ICO",
  neerlandes: "Autoriteit Persoonsgegevens", francesa: "CNIL", italiano: "Garante", espanola: "AEPD", irlandes: "DPC", britanico: "ICO",
};

/** More ways to say an authority was told or is working on the case (folded regex sources), beside the shared notify cues. */
export const MORE_NOTIFY_CUES = [
  "filed (?:an? |its |the )?(?:[\\w-]+ ){0,2}(?:notice|filing|report|form|disclosure|notification|statement|8-k)s? (?:with|to)", "8-k", "in (?:a|an|its) (?:[\\w-]+ )?filing",
  "comunicad\\w*", "comunicat\\w*", "communiqu\\w*", "meldung (?:beim?|an)", "eingereicht", "unterstutz\\w*", "in kontakt", "eingeschaltet", "supporting", "assisting", "helping", "collabor\\w*", "colabor\\w*", "(?:lavora|lavorano|stanno lavorando|indaga|indagano) (?:sul|al) caso", "sul caso (?:lavora|lavorano|indaga|indagano)", "travaill\\w* (?:avec|sur (?:l'affaire|le dossier))", "trabaja\\w* (?:con|en el caso)", "arbeite\\w* (?:mit|an dem fall)", "working on the case",
  "zusammen", "kooperier\\w*", "anzeige", "plainte", "esposto", "querella", "probing", "probe", "inquiry", "enquete", "indagin\\w*", "ermittl\\w*", "bestatigt\\w*", "looking into",
  "referred (?:itself|themselves|the (?:matter|incident))", "self-reported",
  // The authority acted on the case: a fine, a penalty, a reprimand, public criticism, inquiries.
  "fined", "fines? (?:of|totalling)", "(?:imposed|issued) (?:a |an )?(?:\\w+ )?(?:fine|penalty|reprimand)", "penalt(?:y|ies)", "reprimand\\w*", "sanction(?:ed|s)", "criticis\\w*", "criticiz\\w*", "(?:making|made|opened) (?:\\w+ )?(?:inquiries|enquiries)", "multa\\w*", "sanzion\\w*", "amende", "bussgeld\\w*",
  // "reported the case to KISA", "avoir prevenu la CNIL", "ha avvisato il Garante", "ha avisado a la AEPD".
  "reported (?:the (?:case|matter|attack|intrusion|hack|leak|theft)|this) to", "prevenu\\w*", "avvisat\\w*", "allertat\\w*", "avisad\\w*",
  "remitid\\w* (?:a|al)\\b", "presentad\\w* ante", "(?:pflicht)?mitteilung an", "avise\\w*", "(?:opened|launched|initiated|open(?:s|ing)?) (?:a |an )?(?:criminal )?(?:case|proceedings|investigation)",
  "(?:aperto|avviato) (?:un |una )?(?:procedimento|fascicolo|inchiesta)", "(?:abierto|iniciado) (?:una |un )?(?:investigacion|causa|diligencias|procedimiento)", "a ouvert", "eingeleitet", "leitet\\w* (?:ein\\w* )?(?:straf|ermittlungs)?verfahren", "strafverfahren", "ermittlungsverfahren",
  "(?:work|works|worked) (?:closely )?with", "depositat\\w*", "deposee?s? (?:aupres|chez)", "presentad[oa] ante", "continues? to work with",
  "comunic(?:o|aron|ara|ado|ada) (?:el|la|los|las|lo|a|al)\\b", "indag\\w*", "istruttoria", "accertamenti", "delay(?:ed|ing)? (?:the )?(?:public )?disclosure", "ouvert une enquete", "ermittlungsverfahren",
];
