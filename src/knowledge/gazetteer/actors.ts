import type { ActorEntry, ActorKind } from "../types.js";

const actor = (name: string, kind: ActorKind, aliases: string[] = [], ambiguous = false): ActorEntry =>
  ambiguous ? { name, aliases, kind, ambiguous } : { name, aliases, kind };

/**
 * Threat actors with the aliases the news uses (vendor cluster names, nicknames).
 * Canonical names follow our labelling rules ("ShinyHunters", "Scattered Spider", "Scattered Lapsus$ Hunters"); elsewhere
 * the spelling most news uses is canonical ("Clop" over "Cl0p", "ALPHV" with "BlackCat" as alias). The extractor keeps
 * an article's own spelling when it differs from the canonical name only in spelling ("Cl0p"; see `textSpelling`), because
 * the scorer compares names by their letters and digits only; a true alias ("UNC3944") gives the canonical name.
 * `ambiguous` marks names that are ordinary words ("Play", "Royal", "Everest"): the extractor needs threat context
 * ("Play ransomware", "the Royal gang") before it accepts the bare name; the suffixed aliases are safe on their own.
 */
export const ACTORS: ActorEntry[] = [
  // The 2025 CRM / SaaS data-theft wave.
  // UNC6240 is Google's label for the extortion activity that signs as ShinyHunters; our labels fold it in.
  actor("ShinyHunters", "extortion_group", ["Shiny Hunters", "UNC6040", "UNC6240", "ShinyHunters group", "ShinyHunters gang"]),
  actor("Scattered Spider", "extortion_group", [
    "UNC3944", "Octo Tempest", "0ktapus", "Oktapus", "Roasted 0ktapus", "Muddled Libra", "Scatter Swine",
    "Storm-0875", "Star Fraud", "LUCR-3", "Scattered Lapsus$ Spider",
  ]),
  actor("Scattered Lapsus$ Hunters", "extortion_group", ["Scattered Lapsus Hunters", "SLSH", "Scattered LAPSUS$ Hunters group", "ShinySp1d3r"]),
  actor("UNC6395", "cluster", []),
  // Cloudflare's own name for the Salesloft Drift intrusions; news that uses it names both, so it stands on its own.
  actor("GRUB1", "cluster", []),
  // The 2024 Snowflake customer-data thefts: Mandiant's cluster, named on its own (our rules do not fold it into ShinyHunters).
  actor("UNC5537", "cluster", []),
  actor("Sp1d3r", "individual", ["Sp1der"]),
  actor("LAPSUS$", "extortion_group", ["Lapsus", "Lapsus group", "Lapsus$ group", "DEV-0537", "Strawberry Tempest", "SLIPPY SPIDER"]),
  actor("Crimson Collective", "extortion_group", []),
  actor("Luna Moth", "extortion_group", ["Silent Ransom Group", "Chatty Spider", "UNC3753"]),
  actor("Karakurt", "extortion_group", ["Karakurt Team", "Karakurt Lair"]),
  actor("RansomHouse", "extortion_group", []),
  actor("Desorden", "extortion_group", ["Desorden Group"]),
  actor("World Leaks", "extortion_group", ["WorldLeaks", "World Leaks group"]),
  actor("Magecart", "cluster", ["Magecart group", "Magecart gang"]),
  actor("Storm-2603", "cluster", []),
  actor("Storm-1811", "cluster", []),
  actor("Storm-0501", "cluster", []),
  actor("TA505", "cluster", ["Graceful Spider", "Hive0065"]),
  actor("FIN11", "cluster", []),
  actor("FIN7", "cluster", ["Carbanak Group", "Carbon Spider", "Sangria Tempest", "ELBRUS"]),
  actor("FIN8", "cluster", ["Syssphinx"]),
  actor("Evil Corp", "cluster", ["Indrik Spider", "Manatee Tempest"]),
  actor("Wizard Spider", "cluster", ["Periwinkle Tempest", "UNC1878"]),
  // Ransomware and ransomware-as-a-service brands.
  actor("LockBit", "ransomware", ["LockBit ransomware", "LockBit 3.0", "LockBit Black", "LockBit 4.0", "LockBit 5.0", "LockBit gang"]),
  actor("ALPHV", "ransomware", ["BlackCat", "ALPHV/BlackCat", "ALPHV BlackCat", "BlackCat/ALPHV", "Noberus", "ALPHV ransomware", "BlackCat ransomware"]),
  actor("Clop", "ransomware", ["Cl0p", "Cl0p ransomware", "Clop ransomware", "Clop gang", "Cl0p gang"]),
  actor("Akira", "ransomware", ["Akira ransomware", "Akira gang", "Storm-1567", "Gold Sahara", "Punk Spider"], true),
  actor("Qilin", "ransomware", ["Qilin ransomware", "Agenda ransomware", "Water Galura", "Gold Feather"]),
  // "Play" is an ordinary word: the bare name needs context ("Play ransomware gang").
  actor("Play", "ransomware", ["Play ransomware", "PlayCrypt", "Balloonfly", "Play ransomware gang"], true),
  actor("RansomHub", "ransomware", ["RansomHub ransomware", "Greenbottle"]),
  actor("DragonForce", "ransomware", ["DragonForce ransomware", "DragonForce ransomware cartel"]),
  actor("Medusa", "ransomware", ["Medusa ransomware", "Medusa gang", "Spearwing"], true),
  actor("MedusaLocker", "ransomware", ["MedusaLocker ransomware"]),
  actor("Black Basta", "ransomware", ["BlackBasta", "Black Basta ransomware"]),
  actor("Rhysida", "ransomware", ["Rhysida ransomware", "Rhysida gang"]),
  actor("Vice Society", "ransomware", ["Vanilla Tempest", "DEV-0832"]),
  actor("8Base", "ransomware", ["8Base ransomware"]),
  actor("Phobos", "ransomware", ["Phobos ransomware"]),
  actor("INC Ransom", "ransomware", ["INC ransomware", "Inc. Ransom", "Gold Ionic"]),
  actor("Lynx", "ransomware", ["Lynx ransomware"], true),
  actor("Hunters International", "ransomware", ["Hunters International ransomware"]),
  actor("Everest", "ransomware", ["Everest ransomware", "Everest ransomware gang", "Everest gang"], true),
  actor("Kairos", "ransomware", ["Kairos ransomware"], true),
  actor("SafePay", "ransomware", ["SafePay ransomware"], true),
  actor("Interlock", "ransomware", ["Interlock ransomware"], true),
  actor("Warlock", "ransomware", ["Warlock ransomware", "Warlock group"], true),
  actor("BianLian", "ransomware", ["BianLian ransomware"]),
  actor("Royal", "ransomware", ["Royal ransomware", "Royal gang"], true),
  actor("BlackSuit", "ransomware", ["BlackSuit ransomware"]),
  actor("Chaos", "ransomware", ["Chaos ransomware", "Chaos ransomware gang"], true),
  actor("Cactus", "ransomware", ["Cactus ransomware"], true),
  actor("Hellcat", "ransomware", ["Hellcat ransomware", "HellCat group"], true),
  actor("Termite", "ransomware", ["Termite ransomware"], true),
  actor("Embargo", "ransomware", ["Embargo ransomware"], true),
  actor("KillSec", "ransomware", ["KillSec ransomware"]),
  actor("Nova", "ransomware", ["Nova ransomware", "RALord"], true),
  actor("Conti", "ransomware", ["Conti ransomware", "Conti gang"]),
  actor("REvil", "ransomware", ["Sodinokibi", "REvil ransomware", "Gold Southfield"]),
  actor("DarkSide", "ransomware", ["DarkSide ransomware"]),
  actor("BlackMatter", "ransomware", ["BlackMatter ransomware"]),
  actor("Hive", "ransomware", ["Hive ransomware", "Hive ransomware gang"], true),
  actor("Cuba", "ransomware", ["Cuba ransomware", "Tropical Scorpius"], true),
  actor("Ragnar Locker", "ransomware", ["RagnarLocker", "Ragnar Locker ransomware"]),
  actor("Maze", "ransomware", ["Maze ransomware", "Maze gang"], true),
  actor("Egregor", "ransomware", ["Egregor ransomware"]),
  actor("NetWalker", "ransomware", ["NetWalker ransomware", "Mailto ransomware"]),
  actor("Babuk", "ransomware", ["Babuk ransomware", "Babuk Locker", "Babuk2"]),
  actor("Snatch", "ransomware", ["Snatch ransomware", "Snatch gang"], true),
  actor("Trigona", "ransomware", ["Trigona ransomware"]),
  actor("NoEscape", "ransomware", ["NoEscape ransomware"]),
  actor("Cicada3301", "ransomware", ["Cicada3301 ransomware", "Repellent Scorpius"]),
  actor("Fog", "ransomware", ["Fog ransomware"], true),
  actor("Meow", "ransomware", ["Meow ransomware", "MeowCorp"], true),
  actor("RansomEXX", "ransomware", ["RansomExx2", "Defray777"]),
  actor("Mallox", "ransomware", ["Mallox ransomware", "TargetCompany", "Fargo ransomware"]),
  actor("Abyss", "ransomware", ["Abyss ransomware", "Abyss Locker"], true),
  actor("Money Message", "ransomware", ["Money Message ransomware"], true),
  actor("Daixin Team", "ransomware", ["Daixin", "Daixin ransomware"]),
  actor("Lorenz", "ransomware", ["Lorenz ransomware"], true),
  actor("Quantum", "ransomware", ["Quantum ransomware"], true),
  actor("Knight", "ransomware", ["Knight ransomware", "Cyclops ransomware"], true),
  actor("Dark Angels", "ransomware", ["Dark Angels Team", "Dark Angels ransomware"]),
  actor("Sarcoma", "ransomware", ["Sarcoma ransomware"], true),
  actor("Gunra", "ransomware", ["Gunra ransomware"]),
  actor("Devman", "ransomware", ["Devman ransomware"]),
  actor("Arkana", "ransomware", ["Arkana Security", "Arkana ransomware"]),
  actor("Anubis", "ransomware", ["Anubis ransomware"], true),
  actor("Space Bears", "ransomware", ["SpaceBears"]),
  actor("Sinobi", "ransomware", ["Sinobi ransomware"]),
  actor("The Gentlemen", "ransomware", ["The Gentlemen ransomware"], true),
  actor("Beast", "ransomware", ["Beast ransomware"], true),
  actor("Crypto24", "ransomware", ["Crypto24 ransomware"]),
  actor("BlackLock", "ransomware", ["BlackLock ransomware", "Eldorado ransomware"]),
  actor("Trinity", "ransomware", ["Trinity ransomware"], true),
  actor("Brain Cipher", "ransomware", ["BrainCipher", "Brain Cipher ransomware"]),
  actor("Cloak", "ransomware", ["Cloak ransomware"], true),
  actor("Stormous", "ransomware", ["Stormous ransomware", "Stormous gang"]),
  actor("Ransomed.vc", "ransomware", ["RansomedVC", "Ransomed VC"]),
  actor("Dispossessor", "ransomware", ["Radar Dispossessor"]),
  actor("FunkSec", "ransomware", ["FunkSec ransomware"]),
  actor("Ghost", "ransomware", ["Ghost ransomware", "Cring ransomware", "Cring"], true),
  actor("Yanluowang", "ransomware", ["Yanluowang ransomware"]),
  actor("Hazard", "ransomware", ["Hazard ransomware"], true),
  actor("Frag", "ransomware", ["Frag ransomware"], true),
  actor("Black Hunt", "ransomware", ["BlackHunt", "Black Hunt ransomware"]),
  actor("Underground", "ransomware", ["Underground ransomware", "Underground Team"], true),
  actor("Bashe", "ransomware", ["APT73"]),
  // State-sponsored groups (Microsoft, CrowdStrike, Mandiant and others' names folded together).
  actor("Salt Typhoon", "state", ["GhostEmperor", "FamousSparrow", "Earth Estries", "UNC2286", "Operator Panda"]),
  actor("Volt Typhoon", "state", ["Bronze Silhouette", "Vanguard Panda", "Insidious Taurus", "Dev-0391"]),
  actor("Silk Typhoon", "state", ["Hafnium"]),
  actor("Linen Typhoon", "state", ["APT27", "Emissary Panda", "Iron Tiger", "LuckyMouse"]),
  actor("Violet Typhoon", "state", ["APT31", "Zirconium", "Judgment Panda"]),
  actor("Flax Typhoon", "state", ["Ethereal Panda"]),
  actor("APT41", "state", ["Double Dragon", "Wicked Panda", "Brass Typhoon", "Winnti", "Winnti Group", "Earth Baku"]),
  actor("APT10", "state", ["Stone Panda", "MenuPass"]),
  actor("APT40", "state", ["Gingham Typhoon", "Kryptonite Panda", "Bronze Mohawk"]),
  actor("UNC3886", "state", []),
  actor("UNC5221", "state", []),
  actor("Storm-0558", "state", []),
  actor("Lazarus Group", "state", ["Lazarus", "Hidden Cobra", "Diamond Sleet", "Labyrinth Chollima"]),
  actor("APT38", "state", ["BlueNoroff", "Sapphire Sleet", "Stardust Chollima"]),
  actor("TraderTraitor", "state", ["Jade Sleet", "UNC4899", "Slow Pisces"]),
  actor("Andariel", "state", ["Onyx Sleet", "Silent Chollima", "Stonefly"]),
  actor("Kimsuky", "state", ["APT43", "Emerald Sleet", "Velvet Chollima", "Thallium", "Black Banshee"]),
  actor("APT28", "state", ["Fancy Bear", "Forest Blizzard", "Strontium", "Sofacy", "Pawn Storm", "Sednit"]),
  actor("APT29", "state", ["Cozy Bear", "Midnight Blizzard", "Nobelium", "UNC2452"]),
  actor("Sandworm", "state", ["APT44", "Seashell Blizzard", "Voodoo Bear"]),
  actor("Energetic Bear", "state", ["Dragonfly", "Berserk Bear", "Crouching Yeti", "Ghost Blizzard", "TEMP.Isotope", "Dragonfly 2.0"]),
  actor("Turla", "state", ["Secret Blizzard", "Venomous Bear", "Uroburos"]),
  actor("Star Blizzard", "state", ["ColdRiver", "Cold River", "Callisto Group", "Seaborgium"]),
  actor("Charming Kitten", "state", ["APT35", "Mint Sandstorm", "Magic Hound"]),
  actor("APT42", "state", []),
  actor("MuddyWater", "state", ["Mango Sandstorm", "Static Kitten", "Seedworm"]),
  actor("APT33", "state", ["Peach Sandstorm", "Refined Kitten", "Holmium"]),
  actor("CyberAv3ngers", "state", ["Cyber Av3ngers", "CyberAvengers"]),
  actor("Handala", "state", ["Handala Hack", "Handala Hack Team"]),
  // Hacktivists.
  actor("Anonymous Sudan", "cluster", ["Storm-1359"]),
  actor("Killnet", "cluster", []),
  actor("NoName057(16)", "cluster", ["NoName057", "NoName05716"]),
  actor("Cyber Toufan", "cluster", []),
  actor("GhostSec", "cluster", []),
  actor("SiegedSec", "cluster", []),
  actor("Silent Crow", "cluster", ["SilentCrow"]),
  actor("Belarusian Cyber-Partisans", "cluster", ["Belarusian Cyber Partisans", "Cyber Partisans", "Cyber-Partisans", "Cyberpartisanen", "Cyber-Partisanen", "Kiberpartisany", "Cyberpartisans"]),
  actor("IT Army of Ukraine", "cluster", ["IT Army"]),
  actor("Radiant", "ransomware", ["Radiant group", "Radiant ransomware"], true),
  actor("HardBit", "ransomware", ["HardBit ransomware"]),
  // Individuals frequently named in breach news.
  actor("IntelBroker", "individual", ["Intel Broker", "Kai West"]),
  actor("USDoD", "individual", ["EquationCorp"]),
  actor("Pompompurin", "individual", ["Conor Fitzpatrick"]),
  actor("Connor Moucka", "individual", ["Judische", "Alexander Moucka"]),
  actor("Kiberphant0m", "individual", ["Cameron Wagenius"]),
  actor("LockBitSupp", "individual", ["Dmitry Khoroshev", "Dmitry Yuryevich Khoroshev"]),
  actor("Thalha Jubair", "individual", []),
  actor("Owen Flowers", "individual", []),
  actor("Noah Urban", "individual", ["King Bob"]),
  actor("Tyler Buchanan", "individual", ["Tylerb"]),
  actor("Arion Kurtaj", "individual", ["breachbase"]),
];

/**
 * Words that introduce an actor the gazetteer does not know (folded regex sources, matched at the END of the text
 * before a capitalised name): "the hacking group X", "a threat actor known as X", "die Hackergruppe X", "le groupe X".
 * Entries marked by `bare` in ACTOR_BARE_INTROS need hacker words nearby ("le groupe" alone is any group).
 */
export const ACTOR_INTROS: string[] = [
  "(?:hacker|hacking|hacktivist|ransomware|extortion|data extortion|cyber ?crime|cyber ?criminal|criminal|threat|cyber|pro-[a-z]+) (?:groups?|gangs?|crews?|collectives?|actors?|outfits?|operations?|cartels?|syndicates?|teams?|brands?)",
  "(?:hackers?|threat actors?|actors?|users?|sellers?|individuals?|cyber ?criminals?|attackers?|posters?|members?|persons?|someone|people)",
  "(?:hacker|hacking|ransomware|extortion|criminal|threat) (?:groups?|gangs?|actors?)|group|gang|collective|crew",
  "(?:hacker|ransomware|erpresser|cyber|hacktivisten|cyberkriminellen)-?(?:gruppe|gruppierung|bande|gang|kollektiv)|hacker(?:in)?|gruppe|gruppierung|bande",
  "(?:groupe|gang|collectif|pirate|hacker)(?: (?:de|d') ?(?:hackers?|pirates?(?: informatiques)?|cybercriminels|rancongiciels?|ransomware|hacktivistes))?(?: (?:cybercriminel|pro-[a-z]+|prorusse|russe|ukrainien|bielorusse|informatique))?",
  "(?:gruppo|gang|collettivo|banda|hacker)(?: (?:di )?(?:hacker|criminali informatici|cybercriminali|ransomware|hacktivisti|pirati informatici))?(?: (?:filo-?[a-z]+|russo|ucraino|bielorusso))?",
  "(?:grupo|banda|colectivo|pandilla)(?: de (?:hackers?|ciberdelincuentes|cibercriminales|ransomware|piratas informaticos|hacktivistas))?(?: (?:prorruso|ruso|ucraniano|bielorruso))?",
];

/** Naming words that may follow an intro: "group called X", "Gruppe namens X", "groupe baptisé X". */
export const ACTOR_NAMING = [
  "called", "named", "known as", "dubbed", "calling (?:itself|himself|herself|themselves)", "that calls itself", "who calls (?:himself|herself|themselves)", "going by(?: the name)?", "tracked as",
  "(?:using|under|with|by) the (?:name|handle|alias|moniker|username|user ?name|pseudonym|nickname)", "namens", "mit dem namen", "genannt", "baptise", "nomme", "appele", "surnomme", "connu sous le nom(?: de)?",
  "se faisant appeler", "chiamato", "denominato", "noto come", "conosciuto come", "llamado", "denominado", "conocido como", "autodenominado",
];

/** After an intro alone (no naming word) the intro must be one of these: "the hacking group X", not "users X". */
export const ACTOR_STRONG_INTRO = /(?:group|gang|crew|collective|outfit|operation|cartel|syndicate|gruppe|gruppierung|bande|kollektiv|groupe|collectif|gruppo|collettivo|banda|grupo|colectivo|pandilla)s?$/;

/** Words after a name that make it an actor: "X ransomware gang", "X claimed responsibility", "X's leak site". */
export const ACTOR_SUFFIXES: string[] = [
  "(?:ransomware|extortion|hacking|hacker|hacktivist|cybercrime|cyber ?criminal|data extortion)[- ](?:gang|group|crew|operation|operators?|collective|cartel|syndicate|affiliates?)",
  "(?:gang|crew|hackers)(?! (?:of|that|which|who))",
  "(?:has |have |had )?(?:claimed|took|taken) (?:responsibility|credit)",
  "(?:'s )?(?:dark ?web |data |tor |onion |extortion )?leak (?:site|blog|page|portal)",
  "-?(?:gruppe|bande)\\b", "(?:hat|hatte) sich (?:\\w+ ){0,4}bekannt", "a revendique", "ha rivendicato", "(?:se )?(?:atribuyo|reivindico)",
];

/** Words before a name that make it an actor: "claimed by X", "the leak site of X". */
export const ACTOR_BY: string[] = [
  "claimed by(?: the)?", "(?:leak site|leak blog|dark ?web (?:site|blog|portal)) (?:of|run by|operated by)(?: the)?", "rivendicat[oa] da(?:l| la)?", "revendique(?:e)? par(?: le)?", "reivindicad[oa] por(?: el)?",
];

/** Capitalised words that are never an actor's name on their own (determiners, nationalities, generic words). */
export const NOT_ACTOR_NAMES = new Set([
  "the", "a", "an", "this", "that", "these", "those", "it", "its", "their", "his", "her", "in", "on", "at", "has", "have", "was", "is", "said", "says", "and", "or",
  "der", "die", "das", "den", "dem", "ein", "eine", "le", "la", "les", "un", "une", "il", "lo", "gli", "el", "los", "las", "una", "de", "du", "des", "di", "del",
  "russian", "chinese", "iranian", "north", "korean", "ukrainian", "belarusian", "israeli", "palestinian", "american", "british", "french", "german", "italian", "spanish",
  "european", "international", "global", "new", "unknown", "notorious", "prolific", "known", "same", "other", "another", "cyber", "hacker", "hackers", "group", "ransomware",
  "google", "microsoft", "mandiant", "unit", "unc", "crowdstrike", "fbi", "cisa", "police", "telegram", "x", "twitter", "breachforums", "reuters", "afp", "bbc", "cnn",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
  "september", "october", "november", "december", "he", "she", "they", "we", "i", "you", "one", "two", "some", "several", "many", "most", "all", "no", "not", "but",
  // Common nouns that German capitalises ("Zu dem Angriff …"), and their neighbours in other languages.
  "angriff", "cyberangriff", "hackerangriff", "vorfall", "gruppe", "gruppen", "angreifer", "tater", "hacker", "daten", "datendiebstahl", "erpresser", "bande", "bislang", "bisher", "zu",
  "attaque", "groupe", "attacco", "gruppo", "ataque", "grupo", "keine", "kein", "aucun", "nessun", "ningun",
  // People and bodies told about an attack ("tells MPs hackers used …"): never the attacker's name.
  "mps", "mp", "meps", "mep", "senators", "lawmakers", "congress", "parliament", "ministers", "regulators", "investors", "staff", "customers",
]);

/** A sentence saying nobody has claimed the attack ("no group has claimed", "keine Gruppe bekannt"): it names no actor. */
export const NO_CLAIM_CUES = [
  "no (?:group|gang|one|actor|hackers?) (?:has |have )?(?:yet |so far )?(?:claimed|taken (?:credit|responsibility))", "(?:has|have) not (?:yet )?been claimed", "nobody has claimed", "unclaimed",
  "kein(?:e|er)? (?:gruppe|tater|hacker|angreifer)\\w*\\b[^.]{0,40}bekannt", "(?:bislang|bisher|noch) (?:hat sich )?(?:keine|niemand)\\b[^.]{0,40}bekannt", "niemand (?:hat sich )?[^.]{0,30}bekannt",
  "aucun (?:groupe|pirate|hacker)\\b[^.]{0,30}revendiqu", "(?:n'a|n'ont) (?:pas )?(?:encore )?ete revendiqu", "nessun (?:gruppo|hacker)\\b[^.]{0,30}rivendicat", "non (?:e|sono) (?:ancora )?stat[oaie] rivendicat",
  "ningun (?:grupo|hacker)\\b[^.]{0,30}reivindicad", "no (?:ha|han) sido reivindicad",
];
