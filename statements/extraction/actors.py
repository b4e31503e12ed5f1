"""Stage 4: actor mentions and canonical actors.

Collects mentions from the parsed paragraphs (named entities checked against the
gazetteers, people introduced by a title, ministries, governments and their metonyms,
media outlets), merges them into canonical actors within the article (``Sergey Lavrov`` /
``Lavrov``; ``Nicolás``/``Nicolas``), and resolves noun phrases, role nouns and pronouns to
actors for the speaker stage.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .gazetteer import Gazetteer, fold
from .gazetteer import get as gazetteer

ORG_WORDS = {
    "council",
    "commission",
    "ministry",
    "department",
    "office",
    "union",
    "organisation",
    "organization",
    "agency",
    "forces",
    "force",
    "army",
    "navy",
    "guard",
    "court",
    "congress",
    "parliament",
    "assembly",
    "committee",
    "movement",
    "group",
    "bank",
    "fund",
    "front",
    "party",
    "administration",
    "authority",
    "bureau",
    "service",
    "institute",
    "association",
    "federation",
    "alliance",
    "league",
    "corporation",
    "company",
    "university",
    "foundation",
    "programme",
    "program",
    "mission",
    "secretariat",
    "police",
    "coalition",
    "network",
    "board",
    "cabinet",
    "senate",
    "corps",
    "brigade",
    "militia",
    "centre",
    "center",
    "government",
    "nations",
    "community",
    "tribunal",
    "directorate",
    "command",
    "watch",
    "international",
    "frontières",
    "frontieres",
    "institution",
    "chamber",
    "embassy",
}
MEDIA_WORDS = {
    "news",
    "times",
    "post",
    "radio",
    "tv",
    "television",
    "wire",
    "monitor",
    "review",
    "courier",
    "ledger",
    "dispatch",
    "daily",
    "journal",
    "herald",
    "tribune",
    "gazette",
    "press",
    "telegraph",
    "observer",
    "chronicle",
    "express",
    "broadcasting",
}
NOT_ACTOR_WORDS = {
    "partnership",
    "weekend",
    "holiday",
    "agreement",
    "act",
    "treaty",
    "initiative",
    "route",
    "doctrine",
    "declaration",
    "resolution",
    "plan",
    "strategy",
    "summit",
    "conference",
    "talks",
    "palace",
    "base",
    "airport",
    "street",
    "square",
    "island",
    "islands",
    "shoal",
    "sea",
    "province",
    "state",
    "region",
    "city",
    "crossing",
    "war",
    "cup",
    "games",
    "day",
    "law",
    "constitution",
    "memorandum",
    "framework",
    "accord",
    "protocol",
    "convention",
    "charter",
    "prize",
    "award",
    "deal",
    "package",
    "oval",
    "room",
    "hall",
    "house",
}
PLACE_PREPS = {
    "in",
    "at",
    "into",
    "across",
    "near",
    "inside",
    "outside",
    "within",
    "throughout",
    "around",
    "toward",
    "towards",
    "onto",
    "through",
    "via",
    "over",
    "beyond",
    "along",
}
MOTION_VERBS = {
    "leave",
    "visit",
    "reach",
    "enter",
    "arrive",
    "return",
    "travel",
    "tour",
    "fly",
    "hit",
    "strike",
    "bomb",
    "attack",
    "seize",
    "capture",
    "occupy",
    "invade",
    "cross",
    "land",
    "host",
    "head",
    "move",
    "flee",
    "evacuate",
    "shell",
}
GENERIC_ORG_HEADS = {
    "commission",
    "council",
    "ministry",
    "government",
    "alliance",
    "parliament",
    "court",
    "administration",
    "cabinet",
    "presidency",
    "office",
    "department",
    "agency",
    "bloc",
}
NAME_PARTICLES = {
    "al",
    "el",
    "von",
    "der",
    "de",
    "da",
    "dos",
    "das",
    "do",
    "bin",
    "ibn",
    "van",
    "la",
    "le",
    "du",
    "di",
    "del",
    "ben",
    "abu",
    "ould",
    "ter",
    "zu",
}
NAME_SUFFIXES = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"}
VESSEL_PREFIXES = {
    "BRP",
    "USS",
    "HMS",
    "USNS",
    "INS",
    "HMAS",
    "HMCS",
    "MV",
    "MS",
    "RFS",
    "KRI",
    "PLANS",
    "JS",
    "ROKS",
}
# role words that end a title before a name ("Water Resources Minister Serik Abenov")
TITLE_HEADS = {
    "minister",
    "secretary",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "ambassador",
    "envoy",
    "commissioner",
    "chancellor",
    "president",
    "governor",
    "mayor",
    "senator",
    "director",
    "chairman",
    "chairwoman",
    "chairperson",
    "general",
    "speaker",
    "leader",
    "chief",
    "ceo",
    "judge",
    "justice",
    "premier",
    "commander",
    "coordinator",
    "rapporteur",
    "representative",
    "prosecutor",
    # corporate and professional titles: "Chief Financial Officer Brett Biggins"
    "officer",
    "executive",
    "economist",
    "strategist",
    "analyst",
    "founder",
    "counsel",
    "attorney",
    "treasurer",
    "manager",
    "administrator",
    "whip",  # "Senate Majority Whip John Cornyn"
    "staff",  # "White House Chief of Staff Reince Priebus"
}
# nouns a text uses for a company it named: "the company said"
CORPORATE_NOUNS = {
    "company",
    "firm",
    "carmaker",
    "chipmaker",
    "manufacturer",
    "producer",
    "retailer",
    "lender",
    "airline",
    "miner",
    "exporter",
    "developer",
    "railway",
    "railroad",
    "insurer",
    "conglomerate",
}
# words before a role noun that do not tell one office from another
ROLE_MOD_STOP = {
    "the",
    "a",
    "an",
    "his",
    "her",
    "its",
    "their",
    "our",
    "former",
    "new",
    "current",
    "then",
    "top",
    "senior",
    "outgoing",
    "incoming",
    "country",
    "nation",
    "state",
}
# determiners that leave a group undescribed ("multiple diplomats")
QUANTIFIERS = {"multiple", "several", "some", "many", "few", "other", "two", "three", "four"}
# nouns that make the name before them a news outlet ("the Nikkei newspaper")
OUTLET_NOUNS = {"newspaper", "daily", "broadcaster", "tabloid", "magazine", "weekly", "newswire"}
# what a caption credits ("File Photo by X/EPA-EFE"): no body, no speaker
CAPTION_NOUNS = {"photo", "photograph", "picture", "image", "video"}
# nouns written before a source's name: "according to the website Down Detector"
NAMED_SOURCE_NOUNS = OUTLET_NOUNS | {"website", "site", "portal"}
# lowercase body nouns a name can be the compound of ("X health board"); state ones
STATE_TAILS = {"board", "council", "authority", "commission", "police"}
BODY_TAILS = STATE_TAILS | {"trust", "committee", "agency", "union", "association", "foundation"}
# social platforms: where words are posted ("said on Twitter"), never a person
PLATFORMS = {
    "Twitter", "Facebook", "Instagram", "YouTube", "TikTok", "Telegram", "WhatsApp",
    "LinkedIn", "Weibo", "WeChat", "Threads", "Bluesky", "Truth Social", "Snapchat",
}  # fmt: skip
# a name's last word before the sentence's full stop ("... Howie Lake II. Salamoni said")
NAME_SUFFIXES = {"II", "III", "IV", "Jr", "Sr"}
# ", the company's president and chief executive": a head's title in apposition
HEAD_APPOSITION = re.compile(
    r",? (?:the|its) (?:\w+['’]s )?(?:\w+ )?(?:president|chief|head|boss|chairman|chairwoman)\b"
)
# courts of a whole country, named with it ("Supreme Court of Spain")
NATIONAL_COURTS = {
    "Supreme Court",
    "Constitutional Court",
    "High Court",
    "Federal High Court",
    "Federal Court",
    "Court of Cassation",
}
# words naming a state body other than the executive: "the government" is none of them
STATE_BODY_WORDS = {
    "senate", "assembly", "parliament", "congress", "court", "tribunal", "police", "guard",
    "army", "navy", "commission", "council", "bank", "agency", "authority", "house",
}  # fmt: skip
NATIONAL_FORCES = {"Armed Forces", "Defence Forces", "Defense Forces"}
# heads of descriptions that a body's later name takes up ("A French appeals court")
DESCRIBED_BODIES = {"court", "tribunal", "commission", "committee", "council", "agency"}
PEERAGE = {"Lord", "Lady", "Baroness", "Baron", "Viscount", "Earl", "Duke", "Duchess"}
GENERIC_PERSON_NOUNS = {
    "diplomat",
    "politician",
    "lawmaker",
    "legislator",
    "statesman",
    "stateswoman",
    "executive",
    "negotiator",
    "veteran",
    "peer",
    "campaigner",
    "activist",
    "economist",
    "analyst",
    "businessman",
    "businesswoman",
    "billionaire",
    "tycoon",
    "lawyer",
    "counsel",
    "ceo",
    "cfo",
    "founder",
    "co-founder",
}
# sentence-opening words the model sometimes takes into a PERSON entity
LEADING_FUNCTION_WORDS = {
    "though",
    "although",
    "while",
    "when",
    "after",
    "as",
    "because",
    "if",
    "since",
    "once",
    "unless",
    "but",
    "and",
    "yet",
    "whereas",
    "meanwhile",
    "like",
    "unlike",
    "before",
    "until",
    "to",  # "To Bob Woodward, it was ..."
    "for",
    "with",
    "from",
}
# institutions named inside titles ("Leader of the Opposition X", "House Speaker X")
TITLE_INSTITUTIONS = {
    "republic",
    "opposition",
    "house",
    "senate",
    "assembly",
    "parliament",
    "council",
    "board",
    "cabinet",
    "party",
    "state",
    "treasury",
    "navy",
    "army",
    "europe",
    "africa",
    "asia",
    "americas",
}
# occupations written as a title before a name ("Forecaster Julia Reyes")
OCCUPATIONS = {
    "barrister",
    "solicitor",
    "widower",
    "widow",
    "congressman",
    "congresswoman",
    "candidate",
    "challenger",
    "nominee",
    "hopeful",
    "incumbent",
    "businessman",
    "businesswoman",
    "pollster",
    "forecaster",
    "economist",
    "analyst",
    "researcher",
    "professor",
    "scientist",
    "biologist",
    "historian",
    "lawyer",
    "counsel",
    "attorney",
    "activist",
    "campaigner",
    "bishop",
    "archbishop",
    "pastor",
    "imam",
    "rabbi",
    "councillor",
    "councilor",
    "councilwoman",
    "councilman",
    "lawmaker",
    "legislator",
    "judge",
    "prosecutor",
    "detective",
    "inspector",
    "superintendent",
    "sheriff",
    "coach",
    "manager",
    "farmer",
    "teacher",
    "engineer",
    "doctor",
    "nurse",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "novelist",
    "author",
    "journalist",
    "reporter",
    "photographer",
    "filmmaker",
    "director",
    "ceo",
    "chairman",
    "chairwoman",
    "founder",
    "resident",
    "voter",
    "homeowner",
    "shopkeeper",
    "electrician",
    "ombudsman",
}

ROLE_VOCAB = {
    "executive",
    "ceo",
    "cfo",
    "coo",
    "cto",
    "outgoing",
    "incoming",
    "caretaker",
    "ousted",
    "exiled",
    "jailed",
    "foreign",
    "affairs",
    "external",
    "minister",
    "ministers",
    "secretary",
    "president",
    "vice",
    "prime",
    "deputy",
    "acting",
    "interim",
    "former",
    "defense",
    "defence",
    "interior",
    "finance",
    "trade",
    "state",
    "general",
    "chief",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "ambassador",
    "envoy",
    "commissioner",
    "chancellor",
    "premier",
    "king",
    "queen",
    "emir",
    "crown",
    "prince",
    "sheikh",
    "senator",
    "governor",
    "mayor",
    "commodore",
    "admiral",
    "colonel",
    "captain",
    "lieutenant",
    "sergeant",
    "dr",
    "mr",
    "mrs",
    "ms",
    "he",
    "her",
    "excellency",
    "high",
    "representative",
    "special",
    "first",
    "lady",
    "chair",
    "chairperson",
    "chairman",
    "chairwoman",
    "leader",
    "head",
    "director",
    "aide",
    "adviser",
    "advisor",
    "correspondent",
    "judge",
    "justice",
    "pope",
    "supreme",
    "commander",
    "secretary-general",
    "undersecretary",
    "under-secretary",
    "assistant",
    "senior",
    "officials",
    "official",
}
FROM_AGENT_NOUNS = {
    "pressure",
    "support",
    "aid",
    "help",
    "assistance",
    "call",
    "demand",
    "request",
    "threat",
    "criticism",
    "response",
    "delegation",
    "envoy",
    "official",
    "message",
    "letter",
    "statement",
    "offer",
    "proposal",
    "invitation",
    "opposition",
    "resistance",
    "objection",
    "protest",
    "signal",
    "commitment",
    "guarantee",
    "warning",
    "reaction",
    "funding",
    "loan",
    "sanction",
    "interference",
    "backing",
    "approval",
    "permission",
    "mediation",
}
DOC_NOUNS = {
    "study",
    "survey",
    "analysis",
    "data",
    "figures",
    "estimate",
    "estimates",
    "poll",
    "assessment",
    "investigation",
    "review",
    "audit",
    "census",
    "tally",
    "count",
    "resolution",
    "text",
    "statement",
    "declaration",
    "communiqué",
    "communique",
    "report",
    "letter",
    "document",
    "draft",
    "motion",
    "decision",
    "decree",
    "order",
    "ruling",
    "verdict",
    "readout",
    "memo",
    "note",
    "notice",
    "release",
    "bill",
} | (
    # documents whose author speaks through them; named as written when no author is found
    AUTHORED_NOUNS := {
        "complaint",
        "lawsuit",
        "petition",
        "filing",
        "ad",
        "advert",
        "advertisement",
        "story",
        "article",
    }
)
DRAFT_VERBS = {"write", "sign", "produce", "author"}  # "drafted by" is not the issuer
AUTHOR_VERBS = {
    "adopt",
    "issue",
    "release",
    "pass",
    "publish",
    "approve",
    "send",
    "deliver",
    "hand",
    "circulate",
    "post",
    "file",
    "lodge",
    "launch",
    "run",
    "air",
    "submit",
    "bring",
}
COLLECTIVE_NOUNS = {
    "coalition",
    "opposition",
    "party",
    "movement",
    "alliance",
    "union",
    "committee",
    "campaign",
    "rebels",
    "militants",
    "insurgents",
    "militia",
    "junta",
    "bloc",
    "front",
}
PLACE_NOUNS = {
    "base",
    "airport",
    "airbase",
    "palace",
    "square",
    "street",
    "province",
    "city",
    "region",
    "camp",
    "crossing",
    "border",
    "port",
    "bridge",
    "hospital",
    "island",
    "shoal",
    "river",
    "valley",
    "district",
    "county",
    "state",
    "town",
    "village",
    "strait",
    "sea",
    "bay",
    "mountains",
    "stadium",
    "hotel",
    "resort",
    "headquarters",
    "embassy",
    "station",
    "prison",
    "refinery",
    "market",
    "road",
    "avenue",
    "highway",
    "park",
    "plant",
    "factory",
    "mine",
    "dam",
    "lake",
    "harbour",
    "harbor",
    "terminal",
    "neighbourhood",
    "neighborhood",
    "estate",
    "field",
    "oilfield",
    "reservoir",
}
# Plural heads of anonymous sources ("diplomats familiar with the discussions").
ANON_PLURAL_HEADS = {
    "diplomats",
    "officials",
    "sources",
    "analysts",
    "witnesses",
    "residents",
    "people",
    "experts",
    "observers",
    "lawmakers",
    "legislators",
    "senators",
    "politicians",
    "executives",
    "economists",
    "negotiators",
    "investigators",
    "prosecutors",
    "lawyers",
    "attorneys",
    "aides",
    "advisers",
    "advisors",
    "insiders",
    "activists",
    "campaigners",
    "protesters",
    "investors",
    "traders",
    "researchers",
    "scientists",
    "doctors",
    "medics",
    "commanders",
    "ministers",
    "envoys",
    "leaders",
    "supporters",
    "allies",
    "backers",
    "loyalists",
    "opponents",
    "democrats",
    "republicans",
    "conservatives",
    "liberals",
    "progressives",
}
ORDINAL_WORDS = {"first", "second", "third", "fourth", "other", "latter", "former"}
ANON_HEADS = ANON_PLURAL_HEADS | {
    "source",
    "official",
    "diplomat",
    "analyst",
    "witness",
    "resident",
    "expert",
    "observer",
    "person",
    "insider",
    "aides",
    "aide",
}
# Abbreviations that stop a name from growing leftwards over them ("Gen.", "Jan."), and "US".
_NAME_STOP_ABBREVIATIONS = gazetteer().abbreviations | {"us"}
STATE_BODY_NOUNS = {
    "mission",
    "embassy",
    "delegation",
    "consulate",
    "army",
    "military",
    "navy",
    "police",
}
FEMALE_NOUNS = {
    "woman",
    "mother",
    "grandmother",
    "daughter",
    "wife",
    "sister",
    "girl",
    "widow",
    "lady",
}
MALE_NOUNS = {"man", "father", "grandfather", "son", "husband", "brother", "boy", "widower"}
PERSON_NOUNS = (
    FEMALE_NOUNS
    | MALE_NOUNS
    | {
        "farmer",
        "teacher",
        "resident",
        "student",
        "veteran",
        "doctor",
        "nurse",
        "driver",
        "worker",
        "activist",
        "lawyer",
        "engineer",
        "retiree",
        "shopkeeper",
        "fisherman",
        "survivor",
        "refugee",
        "mechanic",
        "owner",
        "parent",
        "businessman",
        "businesswoman",
    }
)
PRONOUNS_PERSON = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
PRONOUNS_ORG = {"it", "its", "itself"}
PRONOUNS_PLURAL = {"they", "them", "their"}
# words that never occur in a person's name
CORPORATE_SUFFIXES = {"inc", "corp", "co", "ltd", "llc", "plc", "ag", "sa", "nv", "group"}
ORGISH_WORDS = ORG_WORDS | {
    "motor",
    "force",
    "national",
    "international",
    "rail",
    "railways",
    "partners",
    "holdings",
    "resources",
    "capital",
    "airlines",
    "airways",
    "motors",
    "systems",
    "technologies",
    "network",
    "foundation",
    "trust",
    "society",
    "association",
    "federation",
    "chamber",
    "corporation",
    "company",
    "inc",
    "ltd",
    "plc",
    "llc",
    "group",
    "media",
    "securities",
    "silicon",
    "semiconductor",
    "semiconductors",
    "electronics",
    "industries",
    "pharmaceuticals",
    "pharma",
    "logistics",
    "shipping",
    "telecom",
    "telecoms",
    "communications",
    "solutions",
    "laboratories",
    "labs",
    "consulting",
    "ventures",
    "investments",
    "financial",
    "markets",
    "estates",
    "properties",
    "foods",
    "beverages",
    "brewery",
    "chemicals",
    "materials",
    "software",
    "analytics",
    "robotics",
    "aerospace",
    "automotive",
    "insurance",
    "petroleum",
    "minerals",
    "projects",
    "infra",
    "infrastructure",
    "construction",
    "engineering",
    "builders",
    "developers",
    "apparel",
    "garments",
    "textiles",
    "clothing",
    "fashion",
    "mining",
    "co",
    "corp",
    "limited",
    "incorporated",
    "gmbh",
    "railway",
    "railroad",
    "steelworkers",
    "workers",
    "teamsters",
}
SPOKES = {"spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokespersons"}
VOICE_ROLES = SPOKES | {"press secretary"}


def _press_voice(head: Token) -> bool:
    """'Sunak's press secretary', 'the press officer': a voice like a spokesperson's."""
    return head.lower_ in ("secretary", "officer") and any(
        c.dep_ == "compound" and c.lower_ == "press" for c in head.children
    )


# party labels used as role nouns ("the Republican said")
PARTY_NOUNS = {
    "republican",
    "democrat",
    "conservative",
    "liberal",
    "socialist",
    "tory",
    "progressive",
    "independent",
    "centrist",
    "nationalist",
    "communist",
}
# bodies whose names take "the": "a spokesperson for the Department for Transport"
THE_NAMES = {
    "department",
    "ministry",
    "office",
    "agency",
    "council",
    "commission",
    "government",
    "bureau",
    "world",
    "united",
    "international",
    "european",
    "national",
}
WEEKDAYS_MONTHS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "today", "yesterday", "tonight",
}  # fmt: skip
POSTNOMINALS = {"QC", "KC", "MP", "MEP", "MSP", "OBE", "CBE", "KBE", "SC"}
CORP_SUFFIXES = {"corp", "corporation", "inc", "co", "ltd", "plc", "holdings", "llc", "ag", "sa"}
PARTY_PLURALS = {"democrats", "republicans", "conservatives", "liberals", "progressives", "tories"}
# a party its members name: "the Tories said" is the Conservative Party
PARTY_OF_PLURAL = {
    "democrats": "Democratic",
    "republicans": "Republican",
    "conservatives": "Conservative",
    "tories": "Conservative",
    "liberals": "Liberal",
    "greens": "Green",
    "socialists": "Socialist",
    "communists": "Communist",
    "nationals": "National",
}
# people who speak for someone without being named: "an aide to X"
AIDE_NOUNS = {"aide", "adviser", "advisor", "lawyer", "attorney", "confidant", "ally"}
# words for the person in charge, used interchangeably in reports
# role heads that name the same office: "chief executive Elon Musk ... the CEO said"
ROLE_SYNONYMS = {
    "ceo": {"ceo", "executive"},
    "executive": {"ceo", "executive"},
    "cfo": {"cfo", "financial"},
    "premier": {"premier", "prime"},
    "chairman": {"chairman", "chair"},
    "chair": {"chairman", "chair", "chairwoman", "chairperson"},
    # "the Brazilian leader": the country's president, premier or chancellor
    "leader": {"leader", "president", "premier", "prime", "chancellor"},
}
# the top titles of a body, which its "chief" or "head" holds
TOP_TITLES = {
    "secretary-general", "director-general", "president", "chairman", "chairwoman",
    "chairperson", "ceo", "executive", "commissioner", "governor",
}  # fmt: skip
BOSS_WORDS = {"boss", "manager", "coach", "head", "chief", "leader", "director", "chairman"}
# parts of a body that speak for it: "the observer mission of the SADC"
UNIT_NOUNS = {"mission", "delegation", "representative", "representatives", "press office"}
# generic heads that pick up the last organisation: "the group", "the company"
# a title written right after the body's name, before the holder's: "Federal Aviation
# Administration Administrator Stephen Dickson"
TITLE_AFTER_BODY = {
    "administrator",
    "director",
    "chairman",
    "chairwoman",
    "chair",
    "commissioner",
    "secretary",
    "president",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "governor",
    "head",
    "chief",
}
BODY_NOUNS = {"ministry", "government", "department", "office", "commission", "council"}
ORG_GENERIC = {
    "group": ("organisation", "armed_group"),
    "company": ("organisation",),
    "firm": ("organisation",),
    "association": ("organisation",),
    "federation": ("organisation",),
    "union": ("organisation",),
    "body": ("organisation", "government"),
    "charity": ("organisation",),
    "organisation": ("organisation",),
    "organization": ("organisation",),
    "agency": ("organisation", "government"),
    "authority": ("government",),
    "regulator": ("government",),
    "watchdog": ("government",),
    "operator": ("organisation",),
    "utility": ("organisation", "government"),
    "producer": ("organisation",),
    "manufacturer": ("organisation",),
    "carmaker": ("organisation",),
    "chipmaker": ("organisation",),
    "miner": ("organisation",),
    "retailer": ("organisation",),
    "exporter": ("organisation",),
    "developer": ("organisation",),
    "bank": ("organisation", "government"),
    "lender": ("organisation",),
    "airline": ("organisation",),
    "broadcaster": ("organisation", "media"),
    "chamber": ("organisation",),
    "institute": ("organisation",),
    "university": ("organisation",),
    "mission": ("organisation", "government"),
    "thinktank": ("organisation",),
    "think-tank": ("organisation",),
    "party": ("organisation",),
}
# words that say what kind of body a title's holder heads ("union leader", "club chairman")
BODY_KIND_WORDS = set(ORG_GENERIC) | BODY_NOUNS | {"club", "team", "party", "league", "board"}


@dataclass
class Actor:
    name: str
    kind: str
    country: str | None = None
    role: str | None = None
    aliases: dict[str, None] = field(default_factory=dict)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    parent: str | None = None
    role_words: set[str] = field(default_factory=set)
    first: int = 10**9
    agent: bool = False  # acts or is acted upon as an agent (not only a place)
    gender: str | None = None  # "m" / "f" when the text or the name makes it plain
    important: bool = False  # speaker, about target, event participant, media

    def add_alias(self, surface: str) -> None:
        s = _drop_possessive(surface.strip())
        if "(" in s and ")" not in s[s.index("(") :]:
            s = s[: s.index("(")].rstrip()  # an acronym's bracket left open
        if s and s != self.name and s.lower() not in PRONOUNS_PERSON | PRONOUNS_ORG:
            self.aliases.setdefault(s, None)


@dataclass
class Mention:
    start: int
    end: int
    text: str
    actor: str
    via: str  # name | metonym | role | pronoun | np
    para: int
    token: int  # index of the head token in the paragraph doc
    subject: bool = False
    sent: tuple[int, int] = (0, 0)  # (paragraph, first token of the sentence)
    in_quote: bool = False  # inside a direct quotation


@dataclass
class Para:
    index: int
    offset: int  # normalised offset of doc char 0
    doc: Doc
    press: bool = False  # paragraph of a press release after 'issued the following statement:'
    text: str = ""  # doc.text, cached (spaCy rebuilds it on every access)

    def __post_init__(self) -> None:
        if not self.text:
            self.text = self.doc.text


_WIRE_JUNK = re.compile(r"^.*?(?:\)\s*(?:--|[-—–])|--)\s*")
_TRAILING_ADVERB = re.compile(
    r"\s+(?:earlier|later|also|previously|separately|too|however|meanwhile|again|then"
    r"|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)$",
    re.I,
)
# shares and quantities in front of a described group: "Some 67 percent of registered
# voters", "More than seven-in-10 GOP insiders", "a majority of Republicans"
_QUANTITY_PREFIX = re.compile(
    r"^(?:(?:some|about|nearly|almost|roughly|more than|over|fewer than|less than|just)\s+)?"
    r"(?:[\d.,]+\s*(?:percent|per cent|%)(?:\s+of)?"
    r"|[\w]+-in-[\w]+(?:\s+of)?"
    r"|(?:a|the)\s+(?:\d+-percent\s+)?majority\s+of|most\s+of|half\s+of|a\s+third\s+of"
    r"|two-thirds\s+of|a\s+quarter\s+of)\s+",
    re.I,
)


def _drop_possessive(name: str) -> str:
    """ "Green Mountain Glass'" (a plural-style possessive the tokenizer left on) -> the name."""
    if len(name) > 2 and name[-1] in "'’" and name[-2] in "sSzZ" and name.count(name[-1]) == 1:
        return name[:-1]
    return name


def _anonymity_clause(t: Token) -> bool:
    """'speaking on condition of anonymity', 'not authorized to speak publicly'."""
    words = {w.lower_ for w in t.subtree}
    return t.tag_ == "VBG" or bool(words & {"anonymity", "authorized", "authorised", "named"})


def _subject_like(t: Token) -> bool:
    """A subject, also one the parser made the root with its verb as a participle hung on
    it ("The Liberal leader aimed at ..." read as "leader" + "aimed")."""
    return t.dep_ in ("nsubj", "nsubjpass") or (
        t.dep_ == "ROOT"
        and any(c.dep_ == "acl" and c.i == t.i + 1 and c.tag_ in ("VBD", "VBN") for c in t.children)
    )


def tok_start(p: Para, t: Token) -> int:
    return p.offset + t.idx


def tok_end(p: Para, t: Token) -> int:
    return p.offset + t.idx + len(t.text)


class ActorIndex:
    """Canonical actors of one article with their mentions, plus NP/pronoun resolution."""

    def __init__(self, paras: list[Para], excluded: set[str] | None = None):
        self.gz: Gazetteer = gazetteer()
        self.paras = paras
        self.actors: dict[str, Actor] = {}
        self.mentions: list[Mention] = []
        self.by_token: dict[tuple[int, int], Mention] = {}
        self.excluded = {fold(x) for x in (excluded or set())}
        self.default_country: str | None = None
        self._person_keys: dict[str, str] = {}  # folded full name -> canonical
        self._doc_authors: list[tuple[int, str]] = []
        self._doc_objs: list | None = None  # (position, para, subject) of 'issued a statement'
        self.quoted: list[tuple[int, int]] = []  # spans of direct quotations
        self.full_text = "\n".join(q.text for q in paras)
        self.dateline_end: int = -1  # end of a wire dateline ("LONDON, May 2 (Reuters) -")
        # "the group, which calls itself X": (position, head noun, actor name)
        self._self_named: list[tuple[int, str, str]] = []
        self._voices: dict[tuple[str, str], str] = {}  # (person, "spokesman") -> actor
        self.title_orgs: list[str] = []  # organisations the headline names
        self._country_of_text: tuple[str | None] | None = None  # cache of _text_country

    # -- actor registry ----------------------------------------------------------
    def actor(self, name: str, kind: str, country: str | None = None, **kw) -> Actor:
        name = _drop_possessive(name)
        if "(" in name and ")" not in name[name.index("(") :] and name.index("(") > 3:
            name = name[: name.index("(")].rstrip()  # "NSW Bureau of ... Research (Bocsar"
        if kind == "person":
            # "(Jiji Press)--Yuichi Tsuda", "Gerald Butler QC": wire junk and postnominals
            name = _WIRE_JUNK.sub("", name) or name
            words = name.split()
            while len(words) > 2 and words[-1].rstrip(".") in POSTNOMINALS:
                words.pop()
            name = " ".join(words)
        if kind == "other":
            name = _QUANTITY_PREFIX.sub("", name) or name  # "67 percent of registered voters"
            name = _TRAILING_ADVERB.sub("", name) or name  # "A source ... earlier told AFP"
        key = name
        a = self.actors.get(key)
        if a is None:
            for existing in self.actors.values():
                if fold(existing.name) == fold(name):
                    a = existing
                    break
        if a is None:
            a = Actor(name, kind, country)
            self.actors[name] = a
        if country and not a.country:
            a.country = country
        for k, v in kw.items():
            if v and not getattr(a, k, None):
                setattr(a, k, v)
        return a

    def add_mention(
        self,
        p: Para,
        start_tok: int,
        end_tok: int,
        actor: Actor,
        via: str,
        head: int | None = None,
        surface: str | None = None,
    ) -> Mention:
        doc = p.doc
        span = doc[start_tok:end_tok]
        s, e = p.offset + span.start_char, p.offset + span.end_char
        text = surface if surface is not None else span.text
        m = Mention(s, e, text, actor.name, via, p.index, head if head is not None else end_tok - 1)
        ht = doc[m.token]
        m.subject = (
            ht.dep_ in ("nsubj", "nsubjpass")
            or (ht.dep_ == "appos" and ht.head.dep_ in ("nsubj", "nsubjpass", "ROOT"))
            or (  # "Mr Price KC said": the letters after the name head the subject
                ht.dep_ == "compound"
                and ht.head.dep_ in ("nsubj", "nsubjpass")
                and ht.head.text.rstrip(".") in POSTNOMINALS
            )
        )
        m.sent = (p.index, ht.sent.start)
        self.mentions.append(m)
        for i in range(start_tok, end_tok):
            self.by_token.setdefault((p.index, i), m)
        actor.mentions.append((s, e))
        actor.first = min(actor.first, s)
        if via in ("name", "metonym", "np") and text and not (via == "np" and text.islower()):
            actor.add_alias(text)  # (but not a bare "spokesman" or "secretary")
        return m

    # -- pass 1: collect mentions --------------------------------------------------
    def collect(self) -> None:
        persons: list[tuple[Para, Span]] = []
        for p in self.paras:
            for ent in p.doc.ents:
                self._entity(p, ent, persons)
            self._title_persons(p, persons)
        self._persons(persons)
        for p in self.paras:
            self._name_fragments(p)
            self._noun_phrases(p)
        self.mentions.sort(key=lambda m: m.start)
        self._acronyms()
        for p in self.paras:
            self._outlets_by_noun(p)
        for m in self.mentions:
            a = self.actors.get(m.actor)
            if a is None or a.kind not in ("organisation", "government", "armed_group"):
                continue
            doc = self.paras[m.para].doc
            tok = doc[m.token]
            nxt = tok.i + 1
            for c in doc[tok.i + 2 : tok.i + 8] if nxt < len(doc) and doc[nxt].text == "," else []:
                if (
                    c.dep_ == "appos"
                    and c.pos_ == "NOUN"
                    and fold(c.text) in ORG_GENERIC
                    and c.left_edge.i == nxt + 1
                ):
                    # "Nordair, Scandinavia's second-largest airline": "the airline" later
                    # (also when the parser hangs the apposition on the phrase around it)
                    a.role_words.add(fold(c.text))

    def _outlets_by_noun(self, p: Para) -> None:
        """ "the Nikkei news service", "the Daily Ledger newspaper": a name the text calls a
        news outlet is a media actor, even one the gazetteer does not know."""
        doc = p.doc
        for t in doc:
            low = t.lower_
            news_noun = (
                low in ("service", "agency", "outlet", "site", "website")
                and t.i > 0
                and doc[t.i - 1].lower_ == "news"
            )
            if low not in OUTLET_NOUNS and not news_noun:
                continue
            end = t.i - 1 if news_noun else t.i  # the name ends before "news"
            start = end
            while (
                start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper()
            ):
                start -= 1
            if start == end:
                continue
            span = doc[start:end]
            m = self.mention_at(p, span[-1])
            if m is not None:
                a = self.actors.get(m.actor)
                if a is not None and a.kind in ("person", "organisation", "other"):
                    a.kind = "media"
                continue
            a = self.actor(span.text, "media")
            a.agent = True
            self.add_mention(p, span.start, span.end, a, "name")
        self.mentions.sort(key=lambda m: m.start)

    def _acronym_of(self, name: str) -> Actor | None:
        """ "Canadian National Railway Co. ... CN said": the body named in the text whose
        initials an all-capitals name is."""
        if not (name.isalpha() and name.isupper() and 2 <= len(name) <= 5):
            return None
        if self.gz.org_name(name) or self.gz.any_country_iso(name):
            return None  # "UN", "EU", "UK": known names of their own
        for body in self.actors.values():
            if body.kind not in ("organisation", "government", "media") or body.name == name:
                continue
            words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", body.name) if w[0].isupper()]
            initials = "".join(w[0] for w in words)
            if initials.startswith(name) and len(initials) <= len(name) + 2:
                return body
        return None

    def _acronyms(self) -> None:
        """An acronym actor of a body named in full is that body (mentions move over)."""
        for short in list(self.actors.values()):
            if short.kind not in ("person", "organisation", "other"):
                continue
            body = self._acronym_of(short.name)
            if body is None:
                continue
            for m in self.mentions:
                if m.actor == short.name:
                    m.actor = body.name
            body.add_alias(short.name)
            body.first = min(body.first, short.first)
            body.agent = body.agent or short.agent
            for k, v in list(self._person_keys.items()):
                if v == short.name:
                    self._person_keys[k] = body.name
            del self.actors[short.name]

    _MASC = {"he", "him", "his", "himself"}
    _FEM = {"she", "her", "hers", "herself"}

    def _genders_from_pronouns(self) -> None:
        """Gender from the text itself: "Ribeiro ... her ministry" in a sentence with no
        other person, or "Bisi Adeyemi ... . She raised three children" (a pronoun subject
        right after a sentence naming one person)."""
        by_sent: dict[tuple[int, int], set[str]] = {}
        for m in self.mentions:
            a = self.actors.get(m.actor)
            if a is None or a.kind != "person" or m.in_quote:
                continue
            if self.paras[m.para].doc[m.token].dep_ in ("compound", "pobj", "poss", "npadvmod"):
                continue  # "at the edge of the Oshodi market": a name, not a person present
            by_sent.setdefault(m.sent, set()).add(a.name)
        votes: dict[str, set[str]] = {}
        for p in self.paras:
            prev_sent = None
            for sent in p.doc.sents:
                key = (p.index, sent.start)
                people = by_sent.get(key, set())
                quoted = {
                    t.i for t in sent if any(a <= p.offset + t.idx < b for a, b in self.quoted)
                }
                prons = [
                    t for t in sent if t.i not in quoted and t.lower_ in self._MASC | self._FEM
                ]
                if len(people) == 1:
                    first = min(
                        m.token for m in self.mentions if m.sent == key and m.actor in people
                    )
                    gs = {"m" if t.lower_ in self._MASC else "f" for t in prons if t.i > first}
                    if len(gs) == 1:
                        votes.setdefault(next(iter(people)), set()).update(gs)
                if prev_sent is not None and not people:
                    before = by_sent.get(prev_sent, set())
                    subj = next((t for t in prons if t.dep_ == "nsubj" and t.i == sent.start), None)
                    if len(before) == 1 and subj is not None:
                        g = "m" if subj.lower_ in self._MASC else "f"
                        votes.setdefault(next(iter(before)), set()).add(g)
                prev_sent = key
        for name, gs in votes.items():
            a = self.actors[name]
            if a.gender is None and len(gs) == 1:
                a.gender = next(iter(gs))

    def _title_body(self, words: list[str]) -> str | None:
        """'Island Health launches ...' (headline), then 'The health authority estimates':
        the body the headline names, when the text itself names none of that kind (the
        one sharing a word with the description, else the only one)."""
        names = list(dict.fromkeys(self.title_orgs))
        sharing = [n for n in names if set(fold(n).split()) & set(words[:-1])]
        plain = bool(words) and words[-1] in ORG_GENERIC  # also "The regulator announced"
        pick = (
            sharing[0] if len(sharing) == 1 else (names[0] if len(names) == 1 and plain else None)
        )
        if pick is None:
            return None
        name = self.gz.org_name(pick) or pick
        org = self.gz.orgs.get(name)
        a = self.actor(name, org.kind if org else "organisation", org.country if org else None)
        a.agent = True
        return a.name

    def _unnamed_body_before(self, p: Para, before: int) -> str | None:
        """'Shares of Alexion fell after the biopharmaceutical company said': the name
        earlier in the sentence that NER left untagged, as the body described."""
        doc = p.doc
        sent = doc[before].sent

        def unknown_place(t: Token) -> bool:
            # "Shares of Veltrix": a name NER guessed to be a place, that no gazetteer knows
            return (
                t.ent_type_ == "GPE"
                and t.head.lower_ == "of"
                and t.head.head.pos_ == "NOUN"
                and not self.gz.any_country_iso(t.text)
                and not self.gz.capital_iso(t.text)
                and fold(t.text) not in self.gz.regions
            )

        toks = [
            t
            for t in doc[sent.start : before]
            if t.pos_ == "PROPN"
            and t.text[:1].isupper()
            and (t.ent_type_ in ("", "ORG") or unknown_place(t))
        ]
        if not toks or (p.index, toks[-1].i) in self.by_token:
            return None
        last = toks[-1]
        first = last.i
        while first > sent.start and doc[first - 1] in toks:
            first -= 1
        if last.dep_ not in ("pobj", "nsubj", "compound", "poss", "dobj") or first == sent.start:
            return None
        a = self.actor(doc[first : last.i + 1].text, "organisation")
        a.agent = True
        self.add_mention(p, first, last.i + 1, a, "name")
        self.mentions.sort(key=lambda x: x.start)
        return a.name

    @staticmethod
    def _company_around_outlet(doc: Doc, start: int, end: int) -> Span | None:
        """The company name around an outlet's name: capitalised words right before it
        ("Thomson Reuters") or a corporate suffix right after it ("Reuters Corp")."""
        first, last = start, end
        while (
            first > 0
            and start - first < 2
            and doc[first - 1].tag_ == "NNP"
            and doc[first - 1].text.istitle()
            and doc[first - 1].ent_type_ not in ("GPE", "NORP", "DATE", "LOC")
        ):
            first -= 1
        while last < len(doc) and doc[last].lower_.rstrip(".") in CORP_SUFFIXES:
            last += 1
        return doc[first:last] if (first, last) != (start, end) else None

    def _entity(self, p: Para, ent: Span, persons: list) -> None:
        gz = self.gz
        text = ent.text
        start, end = ent.start, ent.end
        if len(ent) == 1 and text in gz.title_abbreviations and ent.label_ != "GPE":
            return  # "PM", "FM" taken for a name: a title, resolved as a role
        if ent[-1].lower_ in CAPTION_NOUNS and (
            ent[0].lower_ == "file" or (ent.end < len(ent.doc) and ent.doc[ent.end].lower_ == "by")
        ):
            return  # a caption's credit ("File Photo by X/EPA"), no body
        if (
            start >= 2
            and ent.doc[start - 1].lower_ in ("by", ":")
            and any(t.lower_ in CAPTION_NOUNS for t in ent.doc[max(0, start - 4) : start - 1])
        ):
            return  # the photographer of a caption's credit
        if (
            ent.label_ == "PERSON"
            and ent[0].text in ("St", "St.", "Saint")
            and ent.end < len(ent.doc)
            and ent.doc[ent.end].tag_ == "POS"
        ):
            return  # "St James's", "St Vincent's University Hospital": a place, no saint
        if text in PLATFORMS and (
            ent.label_ == "PERSON" or (start and ent.doc[start - 1].lower_ in ("on", "via"))
        ):
            return  # "it said on Twitter": where the words were posted, nobody who says them
        # strip leading "the" and trailing possessive
        if ent[0].lower_ == "the" and len(ent) > 1:
            start += 1
        if end - start > 1 and ent.doc[end - 1].tag_ == "POS":
            end -= 1
        if ent.label_ == "ORG" and ent.doc[end - 1].lower_ in ("of", "the", "and", "for"):
            j = end
            while (
                j < len(ent.doc)
                and (
                    ent.doc[j].lower_ in ("of", "the", "and", "for")
                    or ent.doc[j].text[:1].isupper()
                )
                and j - end < 6
            ):
                j += 1
            while j > end and ent.doc[j - 1].lower_ in ("of", "the", "and", "for"):
                j -= 1
            end = j
        if (
            ent.label_ == "ORG"
            and start >= 2
            and ent.doc[start - 1].lower_ in ("and", "&")
            and ent.doc[end - 1].lower_ in ORG_WORDS
        ):
            # "The Mull and Iona Ferry Committee", "the Bangladesh Garment Manufacturers and
            # Exporters Association": NER kept only the last conjunct of the name
            j = start - 1
            while (
                j > 0
                and start - j < 6
                and ent.doc[j - 1].tag_ in ("NNP", "NNPS")
                and ent.doc[j - 1].text[:1].isupper()
                and ent.doc[j - 1].ent_type_ != "PERSON"
            ):
                j -= 1
            listed = j > 0 and ent.doc[j - 1].text == ","  # "Thune, Crapo and Senate ..."
            if j < start - 1 and not listed:
                start = j
        if (
            ent.label_ == "ORG"
            and end - start >= 3
            and ent.doc[end - 1].lower_ in TITLE_AFTER_BODY
            and end < len(ent.doc)
            and ent.doc[end].pos_ == "PROPN"
        ):
            end -= 1  # "Federal Aviation Administration Administrator Stephen Dickson"
        span = ent.doc[start:end]
        text = span.text
        eid = ent.ent_id_ or ""
        label = ent.label_
        if label in ("DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"):
            return
        if eid.startswith("seat:"):
            target = eid[5:]
            if not self._is_agent(span, capital=True):
                return
            if span[0].text in ("No", "Number") and (
                (start > 0 and ent.doc[start - 1].lower_ in ("world", "ranked", "seeded"))
                or (end < len(ent.doc) and ent.doc[end].lower_ in ("seed", "spot", "pick"))
            ):
                return  # "the world No 10 said": a ranking, not Downing Street
            if len(target) == 2:
                c = gz.country(target)
                a = self.actor(c.government, "government", target)
            else:
                org = gz.orgs.get(target)
                a = self.actor(
                    target, org.kind if org else "organisation", org.country if org else None
                )
            full = ent.doc[ent.start : end] if ent[0].lower_ == "the" else span
            self.add_mention(p, full.start, full.end, a, "metonym")
            a.agent = a.agent or self._is_agent(span, capital=True)
            if not self._is_agent(span, capital=True) and a.name == "European Commission":
                a.mentions.pop()
                self.mentions.pop()
            return
        if eid.startswith("org:") or (not eid and gz.org_name(text)):
            name = eid[4:] if eid.startswith("org:") else gz.org_name(text)
            org = gz.orgs[name]
            prev = ent.doc[start - 1] if start > 0 else None
            if (
                prev is not None
                and org.country is None
                and prev.ent_id_.startswith("country:")
                and prev.dep_ == "compound"
                and " " in text
            ):
                # "the Vietnam Red Cross": a national society, not the international body
                iso = prev.ent_id_.split(":", 1)[1]
                a = self.actor(f"{prev.text} {ent.doc[start:end].text}", "organisation", iso)
                a.agent = True
                mm = self.add_mention(p, start - 1, end, a, "name")
                self.by_token[(p.index, start - 1)] = mm
                return
            bare = fold(text) in ("senate", "congress") and org.country
            local = gz.local_orgs.get((self.default_country or self._text_country(), fold(text)))
            if bare and local:
                # "the Congress" of an Indian article: the party
                lo = gz.orgs[local]
                a = self.actor(lo.name, lo.kind, lo.country)
                a.add_alias(text)
                self.add_mention(p, start, end, a, "name")
                a.agent = True
                return
            if bare and (self.default_country or self._text_country()) not in (None, org.country):
                # "the Senate" of an article set in Nigeria is Nigeria's, not the U.S. Senate
                iso = self.default_country or self._text_country()
                c = gz.country(iso)
                if c is not None:
                    a = self.actor(f"{text.strip()} of {c.name}", org.kind, iso)
                    a.add_alias(text)
                    self.add_mention(p, start, end, a, "name")
                    a.agent = True
                    return
            a = self.actor(name, org.kind, org.country, parent=org.parent)
            self.add_mention(p, start, end, a, "name")
            a.agent = True
            return
        if eid.startswith("media:") or (not eid and gz.outlet_name(text) and label == "ORG"):
            company = self._company_around_outlet(ent.doc, start, end)
            if company is not None:
                # "Thomson Reuters Corp said": a company whose name holds an outlet's
                short = fold(ent.doc[company.start : end].text)
                known = [
                    x
                    for x in self.actors.values()
                    if x.kind == "organisation" and short in {fold(y) for y in x.aliases}
                ]
                a = known[0] if known else self.actor(company.text, "organisation")
                self.add_mention(p, company.start, company.end, a, "name")
                a.add_alias(ent.doc[company.start : end].text)
                a.agent = True
                return
            name = eid[6:] if eid.startswith("media:") else gz.outlet_name(text)
            o = gz.outlets[name]
            a = self.actor(name, "media", o.country)
            self.add_mention(p, start, end, a, "name")
            a.agent = a.important = True
            return
        iso = None
        if eid.startswith("country:"):
            iso = eid[8:]
        elif label in ("GPE", "NORP", "LOC", "ORG") and not eid:
            iso = gz.country_iso(text)
        if iso:
            c = gz.country(iso)
            if self._in_person_title(span):
                return
            a = self.actor(c.name, "country", iso)
            ag = self._is_agent(span, capital=False)
            if ag:
                surface = ent.doc[ent.start : end].text if ent[0].lower_ == "the" else text
                self.add_mention(
                    p,
                    ent.start if ent[0].lower_ == "the" else start,
                    end,
                    a,
                    "name",
                    surface=surface,
                )
                a.agent = True
            return
        if eid.startswith("capital:") or (label == "GPE" and gz.capital_iso(text)):
            iso = eid[8:] if eid.startswith("capital:") else gz.capital_iso(text)
            if self._is_agent(span, capital=True):
                c = gz.country(iso)
                a = self.actor(c.government, "government", iso)
                self.add_mention(p, start, end, a, "metonym")
                a.agent = True
            return
        if eid.startswith("region:"):
            return
        tail = self._body_tail(span)
        if label in ("PERSON", "ORG") and tail is not None and not eid:
            # "said Abertawe Bro Morgannwg health board": the body, named as written
            name = span.doc[span.start : tail + 1].text
            a = self.actor(name, "organisation", None)
            a.kind = "government" if span.doc[tail].lower_ in STATE_TAILS else a.kind
            self.add_mention(p, span.start, tail + 1, a, "name", head=tail)
            return
        prev = span.doc[span.start - 1] if span.start else None
        if (
            label in ("PERSON", "ORG")
            and prev is not None
            and prev.lower_ in ("group", "company", "firm", "charity", "organisation")
            and prev.text.islower()
            and prev.dep_ == "compound"
            and not eid
        ):
            # "Environmental campaign group Greenpeace said": the body the noun calls it
            # (also when a headline had it as a person: "Greenpeace cries foul")
            a = self.actor(_drop_possessive(span.text), "organisation", None)
            a.kind = "organisation"
            a.role_words.add(prev.lower_)
            self.add_mention(p, start, end, a, "name")
            return
        if label == "PERSON":
            if fold(text) in self.excluded:
                return
            # a PERSON that is really a country/org
            persons.append((p, span))
            return
        if label == "ORG" and span.text.rstrip(".") in POSTNOMINALS:
            return  # "Mr Price KC": letters after a name, no body
        if label == "ORG":
            words = {fold(w.text) for w in span}
            if words & NOT_ACTOR_WORDS or not any(w.text[:1].isupper() for w in span):
                return
            nxt = span.doc[end] if end < len(span.doc) else None
            if (
                len(span) == 1
                and nxt is not None
                and nxt.pos_ == "PROPN"
                and nxt.text[:1].isupper()
                and not nxt.ent_type_
                and not self._role_token(nxt)
            ):
                persons.append((p, span))  # "Ararat Mirzoyan" tagged ORG + nothing
                return
            if len(span) == 1 and fold(text) in GENERIC_ORG_HEADS:
                # "the Commission": the organisation named earlier with that head
                name = self.recent_role(p.offset + span.start_char, [fold(text)], person=False)
                if name:
                    self.add_mention(p, start, end, self.actors[name], "role")
                return
            if (
                len(span) == 1
                and not text.isupper()
                and text[:1].isupper()
                and (span.root.dep_ in ("nsubj", "nsubjpass"))
            ):
                persons.append((p, span))
                return
            toks = [t for t in span if not t.is_punct]
            if words & MEDIA_WORDS and not words & ORG_WORDS:
                a = self.actor(text, "media", None)
                self.add_mention(p, start, end, a, "name")
                a.agent = True
                return
            if not words & ORGISH_WORDS:
                if (
                    len(toks) >= 2
                    and all(t.text[:1].isupper() for t in toks)
                    and all(t.pos_ == "PROPN" or t.text[:1].isupper() for t in toks)
                    and not any(gz.any_country_iso(t.text) for t in toks)
                ):
                    if fold(text) not in self.excluded:
                        persons.append((p, span))
                    return
                if (
                    len(toks) == 1
                    and toks[0].text.isupper()
                    and len(toks[0].text) >= 2
                    and span.root.dep_ in ("nsubj", "nsubjpass")
                ):
                    # unknown acronym: only an actor when it acts
                    a = self.actor(text, "organisation", None)
                    self.add_mention(p, start, end, a, "name")
                    a.agent = True
                elif (
                    len(toks) >= 4
                    and any(t.lower_ in ("of", "and", "for", "&") for t in toks)
                    and all(
                        t.text[:1].isupper() or t.lower_ in ("of", "and", "for", "&", "the")
                        for t in toks
                    )
                ):
                    # "Pharmaceutical Research and Manufacturers of America": a long name
                    # with connectors is a body's
                    a = self.actor(text, "organisation", None)
                    self.add_mention(p, start, end, a, "name")
                return
            if self._MINISTRY.fullmatch(text) or self._MINISTRY.fullmatch("the " + text):
                return  # "Russian Foreign Affairs Ministry": canonicalised by the noun-phrase pass
            kind = "organisation"
            country = None
            first = span[0].text
            iso2 = gz.any_country_iso(first) if first[:1].isupper() else None
            lw = words
            if iso2 or lw & {
                "army",
                "navy",
                "police",
                "guard",
                "court",
                "congress",
                "parliament",
                "senate",
                "cabinet",
                "administration",
                "authority",
                "directorate",
                "agency",
            }:
                kind = "government"
                country = iso2
            if lw & {"ministry", "department"}:
                kind = "ministry"
            if lw & {"movement", "militia", "brigade"} and not iso2:
                kind = "armed_group"
            a = self.actor(text, kind, country)
            if kind == "ministry" and text.lower().startswith("ministry of"):
                self._ministry_alias(a)
            self.add_mention(p, start, end, a, "name")
            a.agent = True
            return

    def _ministry_alias(self, a: Actor) -> None:
        m = re.match(r"Ministry of (.+?) of (?:the )?(?:Republic of )?(.+)$", a.name)
        if m:
            iso = self.gz.country_iso(m.group(2))
            if iso:
                a.country = a.country or iso
                a.add_alias(self.gz.ministry_name(m.group(1), iso))

    @staticmethod
    def _body_tail(span: Span) -> int | None:
        """The index of the body noun a name is the compound of, when one or two lowercase
        words follow it ("Abertawe Bro Morgannwg health board", "Acme holding company")."""
        doc = span.doc
        for k in (span.end, span.end + 1):
            if k >= len(doc) or not doc[k].text.islower() or not doc[k].is_alpha:
                return None
            if doc[k].lower_ in BODY_TAILS and span[-1].head.i == k:
                return k
        return None

    def _in_person_title(self, span: Span) -> bool:
        """'President of Ukraine Volodymyr Zelenskyy': the country is part of a title."""
        doc = span.doc
        if span.start >= 2 and doc[span.start - 1].lower_ == "of":
            prev = doc[span.start - 2]
            if fold(prev.text) in self.gz.role_words or prev.lower_ in ("minister", "president"):
                nxt = doc[span.end] if span.end < len(doc) else None
                if nxt is not None and nxt.ent_type_ == "PERSON":
                    return True
        return False

    def _is_agent(self, span: Span, capital: bool) -> bool:
        """Is this place name used for an actor (metonymy / country as agent)?"""
        root = span.root
        dep = root.dep_
        head = root.head
        if dep in ("nsubj", "nsubjpass", "agent", "poss"):
            if dep == "poss" and (
                self._role_token(head)
                or fold(head.text) in self.gz.person_role_heads
                or head.ent_type_ == "PERSON"
            ):
                return False  # "Angola's President João Lourenço": part of a title
            if dep == "poss" and head.lemma_ in (
                "capital",
                "border",
                "borders",
                "territory",
                "city",
                "region",
                "province",
                "coast",
                "soil",
                "airspace",
                "waters",
                "south",
                "north",
                "east",
                "west",
                "people",
                "population",
                "economy",
            ):
                return not capital
            located = head.lemma_ in ("lie", "sit", "border", "be")
            return not (dep == "nsubj" and located and capital)
        if dep == "conj":
            # share the role of the first conjunct
            first = root
            while first.dep_ == "conj":
                first = first.head
            if first.i != root.i:
                fake = first.doc[first.i : first.i + 1]
                return self._is_agent(fake, capital)
        if dep in ("dobj", "dative", "oprd"):
            return head.lemma_ not in MOTION_VERBS
        if dep == "pobj":
            prep = head.lower_
            if prep in PLACE_PREPS:
                return False
            if prep == "from":
                return head.head.lemma_ in FROM_AGENT_NOUNS
            if prep == "to" and head.head.lower_ in ("up", "according"):
                return True
            if prep in ("to",):
                return head.head.pos_ == "NOUN" and head.head.lemma_ not in (
                    "trip",
                    "visit",
                    "flight",
                    "return",
                    "journey",
                    "route",
                    "road",
                    "access",
                )
            if prep in ("against",):
                return not capital
            if prep == "of":
                hh = head.head
                if hh.lemma_ in (
                    "government",
                    "leader",
                    "president",
                    "people",
                    "capital",
                    "city",
                    "outskirts",
                    "centre",
                    "center",
                    "streets",
                ):
                    return not capital and hh.lemma_ not in (
                        "capital",
                        "city",
                        "outskirts",
                        "centre",
                        "center",
                        "streets",
                    )
                return not capital
            return True
        if dep in ("compound", "amod", "nmod"):
            return False
        if dep in ("appos",):
            return False
        if dep == "ROOT":
            return not capital
        return not capital

    def _title_persons(self, p: Para, persons: list) -> None:
        """Capitalised names right after a role word that NER missed: 'spokesperson Lin Jian'."""
        doc = p.doc
        covered = {i for ent in doc.ents for i in range(ent.start, ent.end)}
        i = 0
        while i < len(doc):
            t = doc[i]
            if fold(t.text) in self.gz.role_words or fold(t.text) in self.gz.person_role_heads:
                j = i + 1
                if j < len(doc) and doc[j].lower_ == "of":
                    k = j + 1
                    if k < len(doc) and doc[k].lower_ == "the":
                        k += 1
                    while k < len(doc) and doc[k].ent_type_ == "GPE":
                        k += 1
                    if k > j + 1 and doc[k - 1].ent_type_ == "GPE":
                        i = k - 1
                        j = k
                while (
                    j < len(doc)
                    and doc[j].pos_ == "PROPN"
                    and doc[j].text[:1].isupper()
                    and j not in covered
                    and not self.gz.any_country_iso(doc[j].text)
                    and fold(doc[j].text) not in self.gz.role_words
                ):
                    j += 1
                if j - i >= 2 and j > i + 1:
                    span = doc[i + 1 : j]
                    if fold(span.text) not in self.excluded and len(span) <= 4:
                        persons.append((p, span))
                    i = j
                    continue
            i += 1

    def _name_token(self, t: Token, loose: bool = False) -> bool:
        if t.ent_id_ or t.pos_ not in ("PROPN", "NOUN", "ADJ", "VERB") or not t.text[:1].isupper():
            return False
        key = fold(t.text)
        if key in self.gz.role_words or key in self.gz.person_role_heads:
            return False
        if self.gz.any_country_iso(t.text) or t.text in VESSEL_PREFIXES:
            return False
        if t.ent_type_ in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT"):
            return False
        if t.ent_type_ == "NORP" and (not loose or self.gz.demonym_iso(t.text)):
            return False
        return t.text not in ("The", "A", "An", "In", "On", "At")

    def expand_person(self, span: Span) -> Span:
        """Grow a name over neighbouring name parts: von der, al-, initials, Jr."""
        doc = span.doc
        a, b = span.start, span.end
        while a > 0:
            t = doc[a - 1]
            if a >= 3 and doc[a - 2].lower_ == "the" and doc[a - 3].lower_ == "of":
                break  # "the Leader of the Commons Jacob Rees-Mogg": the body ends the title
            if (
                t.text == "-"
                and a > 1
                and (doc[a - 2].lower_ in NAME_PARTICLES or doc[a - 2].text[:1].isupper())
                and doc[a - 2].pos_ in ("PROPN", "NOUN", "ADJ", "X")
            ):
                a -= 2
                continue
            if t.lower_ in NAME_PARTICLES and a > 1 and self._name_token(doc[a - 2]):
                a -= 1
                continue
            if (
                t.text == "."
                and a > 1
                and doc[a - 2].text[:1].isupper()
                and len(doc[a - 2].text) <= 3
                and doc[a - 2].text.isalpha()
                and doc[a - 2].ent_type_ in ("", "PERSON")  # not "the Basic Law. Tang"
                and fold(doc[a - 2].text) not in ("dr", "mr", "ms", "mrs", "gen", "lt", "col", "st")
            ):
                a -= 2
                continue
            if (
                len(t.text) <= 3
                and t.text.endswith(".")
                and t.text[:1].isupper()
                and t.text[:-1].isalpha()
                and fold(t.text) not in _NAME_STOP_ABBREVIATIONS
            ):
                a -= 1
                continue
            if (
                self._name_token(t, loose=True)
                and not t.ent_id_
                and (
                    t.ent_type_ in ("", "PERSON")
                    or t.ent_type_ in ("NORP", "ORG", "GPE")
                    and t.ent_iob_ == "B"
                    and (t.i + 1 >= len(doc) or doc[t.i + 1].ent_iob_ != "I")
                )
            ):
                a -= 1  # also a lone first name NER mislabelled ("Olaf" as NORP)
                continue
            if (
                a > 1
                and t.text[:1].isupper()
                and self.gz.any_country_iso(t.text)
                and self._role_token(doc[a - 2])
                and doc[a].ent_type_ == "PERSON"
            ):
                a -= 1  # "Defence Minister Israel Katz": a first name that is a country
                continue
            break
        while b < len(doc):
            t = doc[b]
            if t.text == "-" and b + 1 < len(doc) and doc[b + 1].text[:1].isupper():
                b += 2
                continue
            if (
                t.lower_ in NAME_PARTICLES
                and b + 1 < len(doc)
                and (self._name_token(doc[b + 1]) or doc[b + 1].text == "-")
            ):
                b += 1
                continue
            if t.text in NAME_SUFFIXES:
                b += 1
                continue
            if t.text == "." and doc[b - 1].text in ("Jr", "Sr"):
                b += 1
                continue
            if (
                self._name_token(t)
                and not t.ent_id_
                and t.ent_type_ in ("", "PERSON", "GPE", "ORG")
                and t.tag_ != "POS"
            ):
                b += 1
                continue
            break
        # a hyphen glued at the start/end is not part of a name
        while a < b and doc[a].text == "-":
            a += 1
        while b > a and doc[b - 1].text == "-":
            b -= 1
        return doc[a:b]

    def _role_token(self, t: Token) -> bool:
        key = fold(t.text)
        if key in self.gz.role_words or key.rstrip("s") in self.gz.role_words:
            return True
        return key in ROLE_VOCAB or key.rstrip("s") in ROLE_VOCAB

    def _strip_honorifics(self, span: Span) -> Span:
        doc = span.doc
        start = span.start
        for t in doc[start : span.end - 1]:
            if doc[t.i + 1].text[:1].isupper() and (
                (t.text == "." and t.i > 0 and len(doc[t.i - 1].text) > 3)
                or (t.text.endswith(".") and len(t.text) > 4 and doc[t.i + 1].is_sent_start)
                or (
                    t.text == "."
                    and t.i > start
                    and doc[t.i - 1].text in NAME_SUFFIXES
                    and doc[t.i + 1].is_sent_start
                )
            ):
                start = t.i + 1  # "the Basic Law. Tang": a name does not run over a full stop
        if (
            span.end - start >= 3
            and start >= 2
            and doc[start - 1].lower_ in ("in", "to", "at")
            and (self._role_token(doc[start - 2]) or fold(doc[start - 2].text) in TITLE_HEADS)
            and all(t.text[:1].isupper() for t in doc[start : span.end])
        ):
            start += 1  # "Consul General in Osaka Xue Jian": the post's place opens the entity
        poss = [t.i for t in doc[start : span.end - 2] if t.tag_ == "POS" or t.text in ("'s", "’s")]
        if poss and not any(fold(t.text) in ORGISH_WORDS for t in doc[poss[-1] : span.end]):
            start = poss[-1] + 1  # "Bernstein’s Toni Sacconaghi": the firm is not in the name
        changed = True
        while changed and start < span.end - 1:
            changed = False
            for h in self.gz.honorifics:
                words = h.split()
                n = len(words)
                if (
                    h.endswith(".")
                    and start + 2 < span.end
                    and doc[start].text + doc[start + 1].text == h
                ):
                    words, n = [doc[start].text, "."], 2  # "Sec." split as "Sec" + "."
                if start + n < span.end and [t.text for t in doc[start : start + n]] == words:
                    if h in PEERAGE and start + n == span.end - 1:
                        break  # "Lord Marsh": a peer's title and surname are the name
                    start += n
                    changed = True
                    break
            if not changed and doc[start].lower_ in LEADING_FUNCTION_WORDS:
                start += 1  # "Though Meyer had doubted the plan": NER took the conjunction
                changed = True
            if not changed and self._role_token(doc[start]) and start < span.end - 1:
                start += 1
                changed = True
            if (
                not changed
                and start + 1 < span.end - 1
                and doc[start].lower_ in self.gz.party_adjectives
                and self._role_token(doc[start + 1])
            ):
                start += 1  # "Independent TD Thomas Pringle", "Labour MP Jo Cox"
                changed = True
            if not changed:
                # "Sinn Féin TD Pearse Doherty", "Social Democrats MP Jo Cox": a party's
                # name, then a title, then the name
                k = next(
                    (
                        k
                        for k in range(start + 1, span.end - 1)
                        if self._role_token(doc[k]) and (doc[k].text.isupper() or span.end - k > 2)
                    ),
                    None,
                )
                if k is not None and k - start <= 3 and all(t.is_title for t in doc[start:k]):
                    start = k + 1
                    changed = True
            if (
                not changed
                and start < span.end - 1
                and (
                    fold(doc[start].text) in OCCUPATIONS
                    or (
                        span.end - start >= 3
                        and re.search(r"(?:ologist|ographer|ician|ist|eer)$", fold(doc[start].text))
                        and fold(doc[start].text) not in self.gz.male_names | self.gz.female_names
                    )
                )
            ):
                start += 1  # "Forecaster Julia Reyes", "Meteorologist Dean Narramore"
                changed = True
        # "Mining Minister Catalina Rojas", "Sea Minister X": a title whose topic words are
        # not in the lexicon still ends in a role word; the name is what follows it
        last_role = None
        for t in doc[start : span.end - 1]:
            if t.text[:1].isupper() and (
                fold(t.text) in TITLE_HEADS
                or (t.text.endswith(".") and fold(t.text) in self.gz.honorifics_folded)
            ):
                last_role = t.i  # also "Colorado Gov. Paul Hendricks"
        if last_role is not None and all(
            t.text[:1].isupper() for t in doc[last_role + 1 : span.end]
        ):
            start = last_role + 1
        elif last_role is not None:
            # "Leader of the Opposition Suresh Gowda": the PERSON entity after the title
            ents = [
                t.i
                for t in doc[last_role + 1 : span.end]
                if t.ent_type_ == "PERSON" and t.ent_iob_ == "B"
            ]
            if ents and all(t.text[:1].isupper() for t in doc[ents[-1] : span.end]):
                start = ents[-1]
        # "Leader of the Opposition Suresh Gowda", "Secretary of State for Fisheries X":
        # the name is the capitalised run after the title's last "of"/"the"/"for"
        lows = [t.i for t in doc[start : span.end] if t.lower_ in ("of", "the", "for", "and")]
        if lows and span.end - (lows[-1] + 1) >= 2:
            start = lows[-1] + 1
        while span.end - start > 2 and (
            fold(doc[start].text) in TITLE_INSTITUTIONS
            or fold(doc[start].text) in self.gz.ministry_topics
            or (doc[start].tag_ == "NNPS" and lows)
        ):
            start += 1  # "Europe Helen McEntee", "Health Stephen Donnelly"
        junk = [t.i for t in doc[start : span.end - 1] if t.text in (")", "--", "—", "–")]
        if junk:
            start = junk[-1] + 1  # "(Jiji Press)--Yuichi Tsuda"
        if span.end - start > 2 and doc[start].ent_type_ == "NORP" and doc[start].text.istitle():
            start += 1  # "Chicagoan Sean Berkowitz"
        end = span.end
        while end - start > 1 and doc[end - 1].text.rstrip(".") in POSTNOMINALS:
            end -= 1  # "Gerald Butler QC", "Mr Price KC"
        if end - start >= 3 and doc[end - 1].text == doc[end - 2].text:
            end -= 1  # "Luis Caputo Caputo": a surname typed twice
        return doc[start:end]

    def _title_qualifier(self, span: Span) -> bool:
        """Names that only qualify the title of someone named right after: "Garforth and
        Swillington Independent leader Mark Dobson", "the East Suffolk Trust boss Ann Lee"."""
        doc = span.doc
        j = span.end
        while (
            j < len(doc)
            and j - span.end < 5
            and (doc[j].text[:1].isupper() or doc[j].lower_ in ("and", "&"))
            and not self._role_token(doc[j])
        ):
            j += 1
        return (
            j + 1 < len(doc)
            and doc[j].is_lower
            and self._role_token(doc[j])
            and doc[j + 1].ent_type_ == "PERSON"
        )

    def _body_of_first_word(self, span: Span) -> Actor | None:
        """The media or organisation actor whose name starts with the one-word ``span``,
        when that word only modifies a document noun ("the Sky report", "a Reuters poll")."""
        tok = span[0]
        if len(span) != 1:
            return None
        word = fold(tok.text)
        if tok.dep_ != "compound" or tok.head.lemma_.lower() not in DOC_NOUNS:
            # "Tesla shares wobbled" after "Tesla Inc.": the company without its suffix
            found = [
                a
                for a in self.actors.values()
                if a.kind == "organisation"
                and len(a.name.split()) == 2
                and fold(a.name).split()[0] == word
                and fold(a.name).split()[1] in CORPORATE_SUFFIXES
            ]
            return found[0] if len(found) == 1 else None
        found = [
            a
            for a in self.actors.values()
            if a.kind in ("media", "organisation") and fold(a.name).split()[:1] == [word]
        ]
        return found[0] if len(found) == 1 else None

    def _persons(self, persons: list[tuple[Para, Span]]) -> None:
        cleaned = []
        seen_spans = set()
        for p, span in persons:
            if span[0].text in VESSEL_PREFIXES or (
                span.start > 0 and span.doc[span.start - 1].text in VESSEL_PREFIXES
            ):
                continue
            span = self._strip_honorifics(self.expand_person(span))
            span = self._strip_honorifics(span)
            key = (p.index, span.start, span.end)
            if key in seen_spans:
                continue
            seen_spans.add(key)
            if len(span) and span[-1].tag_ == "POS":
                span = span.doc[span.start : span.end - 1]
            if not len(span):
                continue
            if self.gz.any_country_iso(span.text) or self.gz.org_name(span.text):
                continue
            if fold(span.text) in self.excluded or fold(span.text) in self.gz.role_words:
                continue
            if all(self._role_token(t) or t.is_punct for t in span):
                continue
            if fold(span.text) in self.gz.regions or self.gz.capital_iso(span.text):
                continue
            if span[0].text in ("County", "Mount", "Lake", "Cape", "Fort") and len(span) > 1:
                continue  # "County Limerick": a place
            if all(t.text.islower() for t in span):
                continue  # "A garda told the court": a common noun, no name
            nxt = span.doc[span.end] if span.end < len(span.doc) else None
            if nxt is not None and nxt.lower_ in PLACE_NOUNS:
                continue  # "La Carlota military base"
            if (
                span.end + 1 < len(span.doc)
                and span.doc[span.end + 1].lower_ in PLACE_NOUNS
                and nxt.pos_ in ("ADJ", "NOUN")
            ):
                continue
            if span.text in self.gz.title_abbreviations:
                continue  # "The Foreign Affairs PS": a title, not someone called PS
            if self._title_qualifier(span):
                continue  # "Garforth and Swillington Independent leader Mark Dobson"
            body = self._body_of_first_word(span)
            if body is not None:
                # "Sky News reported ... The Sky report claimed": the outlet's short name
                self.add_mention(p, span.start, span.end, body, "name")
                continue
            if self._org_like(span):
                # "National Rail", "Rail Partners, which ...": a body NER took for a person
                a = self.actor(span.text, "organisation")
                a.agent = True
                self.add_mention(p, span.start, span.end, a, "name")
                continue
            cleaned.append((p, span))
        # longest names first become canonical
        order = sorted(cleaned, key=lambda ps: (-len(ps[1]), ps[0].offset + ps[1].start_char))
        for p, span in order:
            toks = [fold(t.text) for t in span if not t.is_punct or t.text == "."]
            toks = [t for t in toks if t]
            canon = self._match_person(toks)
            if canon is None:
                name = span.text
                canon = name
                a = self.actor(name, "person")
                self._person_keys[fold(name)] = name
                self._person_role(p, span, a)
            a = self.actors.get(canon) or self.actor(canon, "person")
            self.add_mention(p, span.start, span.end, a, "name")
            if span.text != a.name:
                self._person_role(p, span, a)
            a.agent = True
            if a.gender is None:
                a.gender = self._gender(span, a)

    def _org_like(self, span: Span) -> bool:
        """A 'person' whose words are those of an organisation, or which the text itself
        refers to with 'which'."""
        words = {fold(t.text) for t in span}
        if words & ORGISH_WORDS:
            return True
        if (
            span.start > 0
            and span.doc[span.start - 1].lower_ == "the"
            and not words & (self.gz.male_names | self.gz.female_names)
            and not any(t.text.endswith(".") for t in span)
            and span.root.dep_ != "compound"  # not "the Biden administration"
            and not (span.end < len(span.doc) and span.doc[span.end].pos_ in ("NOUN", "PROPN"))
        ):
            return True  # "The Minority in Parliament has accused ...": a body, no person
        root = span.root
        if (
            root.dep_ == "appos"
            and root.head.lower_ in ORG_GENERIC
            and root.head.dep_ in ("nsubj", "nsubjpass", "dobj", "ROOT")
            and root.head.i == span.start - 2
        ):
            return True  # "The company, Lone Star Compute, says"
        if any(c.dep_ == "appos" and c.lower_ in ORG_GENERIC for c in root.children):
            he_she = root.dep_ == "nsubj" and any(
                c.dep_ == "ccomp"
                and any(g.dep_ == "nsubj" and g.lower_ in ("he", "she") for g in c.children)
                for c in root.head.children
            )
            if not he_she:  # "Rokeya Begum, a machine operator, said she ...": a person
                return True  # "Lone Star Compute, the company that ..."
        for c in root.children:
            if c.dep_ in ("relcl",) and c.i > root.i:
                first = c.doc[c.left_edge.i]
                if first.lower_ == "which":
                    return True
        nxt = span.doc[span.end : span.end + 2]
        return len(nxt) == 2 and nxt[0].text == "," and nxt[1].lower_ == "which"

    def _gender(self, span: Span, a: Actor) -> str | None:
        doc = span.doc
        before = doc[max(0, span.start - 2) : span.start].text.lower()
        if re.search(r"\b(?:mrs|ms|miss|madam|madame|dame|lady|queen|princess)\b", before):
            return "f"
        if re.search(r"\b(?:mr|sir|lord|king|prince)\b", before):
            return "m"
        words = a.role_words | set(fold(a.role or "").split())
        if words & {
            "spokeswoman",
            "chairwoman",
            "congresswoman",
            "businesswoman",
            "queen",
            "princess",
            "lady",
        }:
            return "f"
        if words & {"spokesman", "chairman", "congressman", "businessman", "king", "prince"}:
            return "m"
        parts = a.name.split()
        if any(w in ("Ní", "Nic", "Uí") for w in parts[1:-1]):
            return "f"  # an Irish woman's surname: "Phil Ní Sheaghdha"
        first = parts[0]
        if first in self.gz.female_names:
            return "f"
        if first in self.gz.male_names:
            return "m"
        return None

    def _match_person(self, toks: list[str]) -> str | None:
        best = None
        toks = [x for t in toks for x in t.replace("-", " ").split()]
        for key, canon in self._person_keys.items():
            parts = key.replace("-", " ").split()
            n = len(toks)
            for i in range(len(parts) - n + 1):
                if parts[i : i + n] == toks:
                    best = canon
                    break
            if best:
                return best
        if len(toks) == 1 and len(toks[0]) >= 5:
            for key, canon in self._person_keys.items():
                for part in key.split():
                    if (
                        len(part) >= 5
                        and (part.startswith(toks[0]) or toks[0].startswith(part))
                        and abs(len(part) - len(toks[0])) <= 2
                    ):
                        return canon
        return None

    def _person_role(self, p: Para, span: Span, a: Actor) -> None:
        """Role and country from the words before the name or an apposition."""
        doc = span.doc
        gz = self.gz
        words: list[Token] = []
        i = span.start - 1
        while i >= 0:
            t = doc[i]
            if t.text in ("’s", "'s"):
                words.insert(0, t)
                i -= 1
                continue
            if t.lower_ in ("of", "the", "for", "to", "and") and words:
                words.insert(0, t)
                i -= 1
                continue
            if t.is_punct or t.like_num:
                break
            if (
                t.text[:1].isupper()
                or fold(t.text) in gz.role_words
                or t.lower_
                in (
                    "foreign",
                    "ministry",
                    "policy",
                    "chief",
                    "state",
                    "deputy",
                    "acting",
                    "former",
                    "interim",
                    "prime",
                    "vice",
                    "general",
                    "secretary",
                    "affairs",
                    "external",
                    "defense",
                    "defence",
                    "trade",
                    "media",
                    "coast",
                    "guard",
                    "aide",
                    "adviser",
                    "advisor",
                    "spokesperson",
                    "spokesman",
                    "spokeswoman",
                )
            ):
                if t.ent_type_ == "PERSON" and t.i < span.start - 1:
                    break
                words.insert(0, t)
                i -= 1
                continue
            break
        # the parse's own premodifiers ("Sudan's army chief X") when the scan stopped early
        le = span.root.left_edge.i
        if le < span.start and (not words or words[0].i > le):
            pre = [t for t in doc[le : span.start] if t.dep_ != "det" and t.text not in (",",)]
            if pre and not any(t.ent_type_ == "PERSON" for t in pre) and len(pre) <= 8:
                words = pre
        while words and words[0].lower_ in (
            "of",
            "the",
            "for",
            "to",
            "and",
            "’s",
            "'s",
            "its",
            "his",
            "her",
            "their",
        ):
            words.pop(0)
        while (
            words
            and words[-1].text.rstrip(".") in self.gz.honorifics
            and not self._role_token(words[-1])
        ):
            words.pop()  # "Ofcom's chief executive Dame Melanie Dawes"
        # apposition: "Britain's ambassador to the UN, Barbara Woodward" / "X, Lula's chief adviser"
        appos_text = ""
        root = span.root
        if root.dep_ == "appos" and root.head.i < span.start:
            h = root.head
            appos_text = doc[h.left_edge.i : h.i + 1].text
            if not words:
                words = list(doc[h.left_edge.i : h.i + 1])
            else:
                a.role_words |= {fold(x.text) for x in doc[h.left_edge.i : h.i + 1]}
            # "the head of the General Confederation of Labor (CGT) union, Philippe
            # Martínez": what the role is of qualifies it too ("the union chief")
            a.role_words |= {
                fold(x.text) for x in doc[h.i + 1 : span.start] if x.is_alpha and x.is_lower
            } - {"of", "the", "for", "and", "to", "in"}
        else:
            for c in root.children:
                if c.dep_ == "appos" and c.i > span.end - 1:
                    appos_text = doc[c.left_edge.i : c.i + 1].text
                    if not words:
                        words = list(doc[c.left_edge.i : c.i + 1])
                    else:
                        a.role_words |= {fold(x.text) for x in doc[c.left_edge.i : c.i + 1]}
                    break
        if not words:
            return
        country = None
        role_toks = []
        for t in words:
            iso = None
            if t.text[:1].isupper():
                iso = gz.any_country_iso(t.text)
                if not iso and gz.seat_target(t.text) and len(gz.seat_target(t.text)) == 2:
                    iso = gz.seat_target(t.text)
            if iso and not country:
                country = iso
                continue
            if t.text in ("’s", "'s") or t.lower_ in ("the", "a", "an"):
                continue
            role_toks.append(t.text)
        if len(role_toks) > 0:
            # multi-word country names: "of the Russian Federation"
            role = re.sub(r"\s*-\s*", "-", " ".join(role_toks))
            role = re.sub(r"\s+(of|to|for|and)$", "", role)
            if role and any(
                fold(w) in gz.role_words or fold(w) in gz.person_role_heads for w in role_toks
            ):
                a.role = a.role or role
                a.role_words |= {fold(w) for w in role_toks}
        txt = " ".join(t.text for t in words) + " " + appos_text
        if not country:
            for m in re.finditer(r"[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+)*", txt):
                iso = gz.any_country_iso(m.group(0)) or gz.any_country_iso(m.group(0).split()[0])
                if iso:
                    country = iso
                    break
        if (
            any(w in fold(txt).split() for w in ("un", "nato", "eu", "au", "asean", "osce"))
            and "ambassador" not in fold(txt)
            and "representative" not in fold(txt)
        ):
            country = None  # officials of international organisations
        if country and not a.country:
            a.country = country

    def _name_fragments(self, p: Para) -> None:
        """Capitalised tokens equal to part of a known person's name ('Rodriguez')."""
        doc = p.doc
        for t in doc:
            if (
                (p.index, t.i) in self.by_token
                or t.pos_ not in ("PROPN", "NOUN")
                or not t.text[:1].isupper()
            ):
                continue
            if t.ent_id_ or t.ent_type_ in ("DATE", "TIME", "CARDINAL", "PERCENT", "MONEY"):
                continue
            if t.ent_type_ == "NORP" and (
                self.gz.demonym_iso(t.text) or fold(t.text) in self.gz.party_adjectives
            ):
                continue  # (but "Poilievre" read as a nationality is the surname)
            key = fold(t.text)
            if len(key) < 3 or key in self.gz.role_words:
                continue
            canon = None
            for full, c in self._person_keys.items():
                if key in full.replace("-", " ").split():
                    canon = c
                    break
            prev = doc[t.i - 1] if t.i > 0 else None
            if (
                canon
                and prev is not None
                and prev.tag_ == "NNP"
                and prev.text[:1].isupper()
                and prev.text.isalpha()
                and (p.index, prev.i) not in self.by_token
                and not self._role_token(prev)
                and prev.ent_type_ not in ("GPE", "ORG", "NORP", "DATE")
                and fold(prev.text) not in fold(canon).split()
                and fold(prev.text) not in self.gz.honorifics_folded
            ):
                # "Tiago Almeida" after "Rui Almeida": a namesake, not the same person
                full = f"{prev.text} {t.text}"
                a = self.actor(full, "person")
                self._person_keys[fold(full)] = a.name
                self.add_mention(p, prev.i, t.i + 1, a, "name")
                continue
            nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
            if (
                canon
                and nxt is not None
                and nxt.pos_ == "PROPN"
                and nxt.text[:1].isupper()
                and fold(nxt.text) not in fold(canon).split()
                and (p.index, nxt.i) not in self.by_token
            ):
                continue  # "Rail Partners" is no mention of "National Rail"
            if canon:
                end = t.i + 1
                while (
                    end < len(doc)
                    and doc[end].pos_ == "PROPN"
                    and fold(doc[end].text) in fold(canon).split()
                ):
                    end += 1
                start = t.i
                a = self.actors.get(canon)
                if a is None:
                    continue
                self.add_mention(p, start, end, a, "name")

    # -- noun phrases: ministries, governments, anonymous sources --------------------
    _MINISTRY = re.compile(
        r"\b(?:(?P<the>[Tt]he)\s+)?(?P<pre>(?:[A-Z][\w’'-]+(?:’s|'s)?\s+){0,2})?"
        r"(?P<nation>(?:country|nation)(?:’s|'s)\s+)?"
        r"(?P<topic>[Ff]oreign [Aa]ffairs|[Ff]oreign|[Ee]xternal [Aa]ffairs|[Ii]nterior|[Hh]ome|"
        r"[Dd]efen[cs]e|[Ff]inance|[Tt]rade|[Ee]conomy|[Jj]ustice|[Hh]ealth|[Ee]nergy|"
        r"[Cc]ommerce|[Aa]griculture|[Ee]ducation|[Ii]nformation|(?P<other>[a-z]{3,}))\s+"
        r"(?P<head>[Mm]inistry|[Oo]ffice)\b"
    )
    # words before "ministry" that are no topic ("its own ministry", "the new ministry")
    _NOT_TOPIC = {
        "own",
        "the",
        "new",
        "its",
        "his",
        "her",
        "top",
        "key",
        "former",
        "same",
        "whole",
        "said",
        "very",
        "then",
        "other",
        "entire",
        "powerful",
        "local",
        "regional",
        "federal",
        "national",
        "state",
        "relevant",
        "line",
    }
    _DIPLOMACY = re.compile(
        r"\b(?:[Tt]he\s+)?(?P<pre>[A-Z][\w’'-]+)\s+(?:diplomacy|foreign service)\b"
    )
    _GOVT = re.compile(
        r"\b(?:(?P<the>[Tt]he)\s+)?(?P<pre>(?:[A-Z][\w’'.-]+(?:’s|'s)?\s+){1,3})(?P<head>government|authorities|administration|executive|cabinet|leadership)\b"
        r"|\b(?P<the2>[Tt]he)\s+(?P<head2>government|administration)\s+of\s+(?P<post>(?:the\s+)?[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,4})"
    )

    def _unknown_polity(self, owner: str, span: Span) -> bool:
        """A country the gazetteer does not know, as the owner of a ministry or government
        ("Kestovia's foreign ministry"): tagged as a place, or its demonym is written too
        ("Kestovian"), and no person carries the name.  A person actor of that single name
        (NER misreads unknown countries as people) becomes the country."""
        demonym = re.search(
            rf"\b{re.escape(owner.rstrip('aeiou'))}(?:n|an|ian|i|ese|ish)\b", self.full_text
        )
        if span.root.ent_type_ not in ("GPE", "NORP") and not demonym:
            return False
        for a in list(self.actors.values()):
            if a.kind == "person" and fold(owner) in fold(a.name).split():
                if fold(a.name) != fold(owner):
                    return False
                a.kind = "country"
        return True

    _SELF_NAMED = re.compile(
        r"\b(?P<head>group|movement|organi[sz]ation|network|militia|coalition|alliance|faction|"
        r"outfit|collective|party)\s*,?\s+(?:which|that|who)\s+(?:calls|call|named|names)\s+"
        r"(?:itself|themselves)\s+(?:the\s+)?(?P<name>[A-Z][\w’'-]*(?:\s+(?:of|the|for|and|"
        r"[A-Z][\w’'-]*))*)"
    )

    def _self_named_bodies(self, p: Para) -> None:
        """'The group, which calls itself the Guardians of the Valley, said': the name it
        gives itself, for that mention and for 'a little-known armed group' just before."""
        doc = p.doc
        for m in self._SELF_NAMED.finditer(p.text):
            name = re.sub(r"\s+(?:of|the|for|and)$", "", m.group("name").strip())
            if len(name) < 3:
                continue
            armed = re.search(r"\b(?:armed|militant|rebel|insurgent|jihadist)", self.full_text)
            a = self.actor(name, "armed_group" if armed else "organisation", self.default_country)
            a.agent = True
            sp = doc.char_span(m.start("head"), m.end("head"), alignment_mode="expand")
            if sp is None:
                continue
            head = sp[-1]
            start = head.left_edge.i
            self.add_mention(p, start, head.i + 1, a, "np", head=head.i)
            self._self_named.append((p.offset + m.start(), m.group("head").lower(), a.name))

    def _noun_phrases(self, p: Para) -> None:
        self._self_named_bodies(p)
        gz = self.gz
        text = p.text
        doc = p.doc
        for m in self._MINISTRY.finditer(text):
            pre = (m.group("pre") or "").strip()
            other = m.group("other")
            if other and (other in self._NOT_TOPIC or m.group("head").lower() == "office"):
                continue
            if other and not pre and not m.group("the"):
                continue  # "a mining ministry official": only "the ..." or "X's ..."
            iso = None
            for w in pre.split():
                bare = w.replace("’s", "").replace("'s", "")
                # "Seoul's unification ministry": the capital's country
                iso = iso or gz.any_country_iso(bare) or gz.capital_iso(bare)
            if m.group("nation") and (pre or m.group("the")):
                # "the West African nation's defense ministry": the text's country
                iso = iso or self.default_country or self._text_country()
                if not iso:
                    continue
            if pre and not iso and not all(w[:1].isupper() for w in pre.split()):
                continue  # "Chinese foreign ministry" needs the demonym
            unknown = None
            if not iso and re.fullmatch(r"[A-Z][a-z]+(?:’s|'s)", pre):
                # a country the gazetteer does not know: "Kestovia's foreign ministry"
                owner = pre[:-2]
                sp0 = doc.char_span(m.start("pre"), m.start("pre") + len(owner))
                if sp0 is not None and self._unknown_polity(owner, sp0):
                    unknown = owner
            if not iso:
                # "the agriculture ministry of Vietnam"
                after = re.match(
                    r"\s+of\s+(?:the\s+)?([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})", text[m.end() :]
                )
                if after:
                    iso = gz.any_country_iso(after.group(1))
            iso = iso or self.default_country
            if not iso and not unknown:
                continue
            topic = m.group("topic")
            if m.group("head").lower() == "office" and fold(topic) not in ("foreign", "home"):
                continue
            if iso:
                name = gz.ministry_name(topic, iso)
            else:
                t = gz.ministry_topics.get(fold(topic), topic.title())
                name = f"Ministry of {t} of {unknown}"
            a = self.actor(name, "ministry", iso)
            a.agent = True
            start = m.start() if not m.group("the") else m.start() + 4
            sp = doc.char_span(start, m.end(), alignment_mode="expand")
            if sp is None:
                continue
            # do not overlap a person name ("foreign ministry spokesperson Lin Jian" is Lin Jian)
            self.add_mention(p, sp.start, sp.end, a, "np", head=sp.end - 1)
            # aliases only as written (without article)
            a.aliases.pop(sp.text, None)
            a.add_alias(sp.text)
        for m in self._DIPLOMACY.finditer(text):
            iso = gz.demonym_iso(m.group("pre"))
            if not iso:
                continue
            name = gz.ministry_name("foreign affairs", iso)
            a = self.actor(name, "ministry", iso)
            a.agent = True
            sp = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if sp is not None:
                self.add_mention(p, sp.start, sp.end, a, "np", head=sp.end - 1)
        for m in self._GOVT.finditer(text):
            iso = None
            surface_start = m.start()
            if m.group("head"):
                pre = m.group("pre").strip()
                words = pre.split()
                whole = re.sub(r"(’s|'s)$", "", pre)
                if (
                    len(words) >= 2
                    and not gz.any_country_iso(whole)
                    and all(w[:1].isupper() for w in words)
                    and (re.search(r"(’s|'s)$", pre) or fold(whole) in gz.regions)
                    and not gz.any_country_iso(words[-1].rstrip("’s").rstrip("'s"))
                    and not any(w.endswith((".", ",")) for w in words)
                    and not any(
                        a.kind == "person"
                        and fold(re.sub(r"(’s|'s)$", "", words[-1])) in fold(a.name).split()
                        for a in self.actors.values()
                    )
                ):
                    # "British Columbia's government": a province, not Britain
                    a = self.actor(
                        f"Government of {whole}", "government", gz.regions.get(fold(whole)) or None
                    )
                    a.agent = True
                    sp = doc.char_span(surface_start, m.end(), alignment_mode="expand")
                    if sp is not None:
                        self.add_mention(p, sp.start, sp.end, a, "np", head=sp.end - 1)
                    continue
                for w in words:
                    w2 = re.sub(r"(’s|'s)$", "", w)
                    iso = iso or gz.any_country_iso(w2)
                if not iso:
                    # "Pashinyan's government": the person's country
                    w2 = re.sub(r"(’s|'s)$", "", words[-1])
                    for a in self.actors.values():
                        if a.kind == "person" and fold(w2) in fold(a.name).split() and a.country:
                            iso = a.country
                            break
                if not iso and len(words) == 1 and words[0] in ("U.S.", "US"):
                    iso = "US"
                if not iso and len(words) == 1 and re.fullmatch(r"[A-Z][a-z]+(?:’s|'s)", pre):
                    owner = pre[:-2]
                    sp0 = doc.char_span(m.start("pre"), m.start("pre") + len(owner))
                    if sp0 is not None and self._unknown_polity(owner, sp0):
                        a = self.actor(f"Government of {owner}", "government", None)
                        a.agent = True
                        sp = doc.char_span(surface_start, m.end(), alignment_mode="expand")
                        if sp is not None:
                            self.add_mention(p, sp.start, sp.end, a, "np", head=sp.end - 1)
                        continue
                if not iso:
                    continue
            else:
                post = m.group("post")
                iso = gz.any_country_iso(post)
                if not iso:
                    # "the administration of President Donald Trump"
                    for a in self.actors.values():
                        if a.kind == "person" and fold(a.name) in fold(post) and a.country:
                            iso = a.country
                            break
                    us_named = any(x.country == "US" for x in self.actors.values())
                    if not iso and m.group("head2") == "administration" and us_named:
                        iso = "US"  # "the administration of President X": the US usage
                if not iso:
                    continue
            c = gz.country(iso)
            a = self.actor(c.government, "government", iso)
            a.agent = True
            end_c = m.end()
            if text[end_c - 1] == "." and not re.search(r"\b[A-Z]\.$", text[:end_c]):
                end_c -= 1
            sp = doc.char_span(surface_start, end_c, alignment_mode="expand")
            if sp is None:
                continue
            head = sp.end - 1
            if m.group("head2"):
                head = sp.start + 1
            self.add_mention(p, sp.start, sp.end, a, "np", head=head)
        # state bodies named by description: "Iran's mission to the UN", "the Chinese embassy"
        for t in doc:
            if t.lemma_.lower() not in STATE_BODY_NOUNS or (p.index, t.i) in self.by_token:
                continue
            if t.dep_ not in ("nsubj", "nsubjpass"):
                continue
            iso = None
            for c in t.children:
                if c.dep_ in ("poss", "amod", "compound") and c.text[:1].isupper():
                    iso = iso or gz.any_country_iso(c.text)
            if not iso:
                continue
            start = t.left_edge.i
            while start < t.i and doc[start].dep_ == "det":
                start += 1
            end = t.i + 1
            for c in t.rights:
                if c.dep_ == "prep" and c.lower_ in ("to", "in", "at", "of"):
                    end = c.right_edge.i + 1
                break
            sp = doc[start:end]
            a = self.actor(sp.text, "government", iso)
            a.agent = True
            self.add_mention(p, sp.start, sp.end, a, "np", head=t.i)
        # a bare "the administration": the government of the president named before it
        for m in re.finditer(r"\b[Tt]he administration\b(?!\s+of\b)", text):
            sp = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if sp is None or (p.index, sp.end - 1) in self.by_token:
                continue
            pos = p.offset + m.start()
            iso = None
            for a in sorted(self.actors.values(), key=lambda x: -x.first):
                if (
                    a.kind == "person"
                    and a.first < pos
                    and a.country
                    and "president" in fold(a.role or "")
                ):
                    iso = a.country
                    break
            if iso is None:
                continue
            a = self.actor(gz.country(iso).government, "government", iso)
            a.agent = True
            self.add_mention(p, sp.start, sp.end, a, "np", head=sp.end - 1)

    def set_quoted(self, spans: list[tuple[int, int]]) -> None:
        """Record the direct quotations (names inside them are no antecedents outside)."""
        self.quoted = sorted(spans)
        for m in self.mentions:
            m.in_quote = any(a <= m.start < b for a, b in self.quoted)
        self._genders_from_pronouns()

    def note_role_subjects(self) -> None:
        """Titles standing for their holders as subjects outside quotations ("The Liberal
        leader aimed at ..."), resolved in text order, so that a later "he said" can take
        them up even when they say nothing themselves."""
        for p in self.paras:
            for t in p.doc:
                if (
                    _subject_like(t)
                    and t.pos_ in ("NOUN", "PROPN")
                    and t.tag_ in ("NN", "NNP")
                    and (p.index, t.i) not in self.by_token
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in t.lefts)
                    and (self._role_token(t) or fold(t.text) in self.gz.person_role_heads)
                    and not any(a <= tok_start(p, t) < b for a, b in self.quoted)
                ):
                    self.resolve_np(p, t)

    def note_body_subject(self, p: Para, t: Token, name: str) -> None:
        """A body found speaking through a noun ("the Foreign Ministry said", "the statement
        said"): a mention of it there, the antecedent of a later "it added"."""
        a = self.actors.get(name)
        if (
            a is None
            or a.kind not in ("ministry", "government", "organisation", "media", "armed_group")
            or t.pos_ not in ("NOUN", "PROPN")
            or (p.index, t.i) in self.by_token
        ):
            return
        m = self._note_subject(p, t, a)
        m.in_quote = any(x <= m.start < y for x, y in self.quoted)

    def _note_subject(self, p: Para, t: Token, a: Actor) -> Mention:
        """Record the noun phrase headed by ``t`` as a subject mention of ``a``."""
        start = min([t.i, *(x.i for x in t.lefts)])
        m = self.add_mention(p, start, t.i + 1, a, "role", head=t.i)
        m.subject = True
        self.mentions.sort(key=lambda x: x.start)
        return m

    # -- resolution ----------------------------------------------------------------
    def mention_at(self, p: Para, t: Token) -> Mention | None:
        return self.by_token.get((p.index, t.i))

    def resolve_np(
        self, p: Para, head: Token, before: int | None = None
    ) -> tuple[str | None, tuple[int, int] | None]:
        """Actor of the noun phrase headed by ``head`` and the span the attribution rests on."""
        name, span = self._resolve_np(p, head, before)
        if (
            name is not None
            and _subject_like(head)
            and head.pos_ in ("NOUN", "PROPN")
            and (p.index, head.i) not in self.by_token
            and self.actors[name].kind == "person"
            and (self._role_token(head) or fold(head.text) in self.gz.person_role_heads)
        ):
            # "The Taoiseach responded ... He accused ...": a title standing for its holder
            # as a subject is the antecedent of the pronoun after it
            self._note_subject(p, head, self.actors[name])
        return name, span

    def _titled_appos(self, p: Para, head: Token):
        """ "said opposition Progressive Slovakia (PS) party leader Michal Simecka" parsed as
        the party with the leader in apposition: the person the title names."""
        m = self.mention_at(p, head)
        if m is None or self.actors[m.actor].kind == "person":
            return None
        for c in head.rights:
            mm = self.mention_at(p, c) if c.dep_ == "appos" else None
            if (
                mm is not None
                and self.actors[mm.actor].kind == "person"
                and any(self._role_token(t) or t.lower_ in BOSS_WORDS for t in c.lefts)
            ):
                return mm.actor, (mm.start, mm.end)
        return None

    def _body_leader(self, p: Para, head: Token, before: int | None):
        """ "the Fianna Fáil leader said", "the Acme chief added": a person of the body the
        title names (the holder of that title, else the person just named), not the body."""
        low = head.lower_
        if not (
            head.pos_ == "NOUN"
            and head.tag_ == "NN"
            and head.text.islower()
            and (low in self.gz.person_role_heads or low in BOSS_WORDS)
            and low not in SPOKES
            and any(c.dep_ == "det" and c.lower_ == "the" for c in head.lefts)
        ):
            return None
        if not any(
            c.dep_ == "compound"
            and (m := self.mention_at(p, c)) is not None
            and self.actors[m.actor].kind in ("organisation", "government", "ministry")
            for c in head.lefts
        ):
            return None
        pos = before if before is not None else tok_start(p, head.left_edge)
        span = (tok_start(p, head.left_edge), tok_end(p, head))
        words = [fold(t.text) for t in head.doc[head.left_edge.i : head.i + 1]]
        a = self.recent_role(pos, words, person=True)
        if a is None:
            a = self.recent(pos, kinds=("person",))
            mine = [m.start for m in self.mentions if m.actor == a and m.start < pos]
            if a is None or not mine or pos - mine[-1] > 600:
                a = self._next_head(pos)
                if a is None:
                    return None
        return a, span

    def _next_head(self, pos: int) -> str | None:
        """'The World Health Organisation chief warned ...' before anyone is named: the
        person named next (within a few paragraphs) with a top title ('WHO Director General
        X')."""
        for m in self.mentions:
            if not pos < m.start <= pos + 800 or m.via != "name" or m.in_quote:
                continue
            a = self.actors.get(m.actor)
            if a is None or a.kind != "person":
                continue
            rw = set(fold(a.role or "").replace("-", " ").split()) | a.role_words
            if rw & (TOP_TITLES | BOSS_WORDS | {"director", "general", "secretary"}):
                return a.name
        return None

    def _resolve_np(
        self, p: Para, head: Token, before: int | None
    ) -> tuple[str | None, tuple[int, int] | None]:
        doc = p.doc
        leader = self._body_leader(p, head, before) or self._titled_appos(p, head)
        if leader is not None:
            return leader
        if head.text.rstrip(".") in POSTNOMINALS and head.i > 0:
            # "Mr Price KC said": the person the letters follow
            mm = self.mention_at(p, doc[head.i - 1])
            if mm is not None and self.actors[mm.actor].kind == "person":
                return mm.actor, (mm.start, mm.end)
        press = _press_voice(head)
        if (
            (head.lower_ in SPOKES | {"office"} or press)
            and self._closing_name(head) is None
            and not any(
                c.dep_ == "appos" or (c.dep_ == "compound" and c.pos_ == "PROPN")
                for c in head.children
            )
        ):
            # "Its spokesperson said", "the minister's office said", "the prime minister's
            # official spokesman said": an unnamed voice of the possessor's body
            poss = next((c for c in head.children if c.dep_ == "poss"), None)
            if poss is not None:
                body = self._voice_of(p, poss, head.lower_, before)
                if body:
                    return body, (tok_start(p, head.left_edge), tok_end(p, head))
                if (head.lower_ in SPOKES or press) and poss.lower_ not in (
                    "its",
                    "their",
                    "our",
                    "my",
                ):
                    # "Separately, his spokesperson told reporters": that person's
                    # spokesperson, not whoever held the title last
                    person, _ = self.resolve_np(p, poss, before=before)
                    if person and self.actors[person].kind == "person":
                        surface = doc[poss.left_edge.i : head.i + 1].text
                        voice = self._voice_actor(person, head, surface)
                        self._note(p, head.i, head.i + 1, self.actors[voice], head.i)
                        return voice, (tok_start(p, poss), tok_end(p, head))
        whose = next((c for c in head.children if c.dep_ == "poss" and c.lower_ == "whose"), None)
        rel = whose.head.head if whose is not None else None
        if (
            whose is not None
            and (head.lower_ in SPOKES or head.lower_ in AIDE_NOUNS)
            and rel is not None
            and rel.dep_ == "relcl"
            and (mm := self.mention_at(p, rel.head)) is not None
            and self.actors[mm.actor].kind == "person"
        ):
            # "Wright, whose lawyer has said he plans to appeal": that person's lawyer
            voice = self._voice_actor(mm.actor, head, f"{mm.actor}'s {head.text}")
            self._note(p, head.i, head.i + 1, self.actors[voice], head.i)
            return voice, (tok_start(p, whose), tok_end(p, head))
        nxt = head.right_edge.i + 1
        if (
            (self._role_token(head) or fold(head.text) in self.gz.person_role_heads)
            and head.dep_ == "pobj"
            and nxt + 1 < len(doc)
            and doc[nxt].text == ","
        ):
            # "according to chief Norvian delegate, Defense Minister Ola Berg": the person
            # the role is set beside, which the parser did not attach
            for t in doc[nxt + 1 : min(len(doc), nxt + 6)]:
                mm = self.mention_at(p, t)
                if mm is not None and self.actors[mm.actor].kind == "person":
                    if all(x.text[:1].isupper() for x in doc[nxt + 1 : t.i + 1]):
                        return mm.actor, (mm.start, mm.end)
                    break
        if head.text[:1].isupper() and (self._role_token(head) or fold(head.text) in TITLE_HEADS):
            # "Consul General in Osaka Xue Jian wrote": the name read as the object of the
            # post's place
            for c in head.children:
                if c.dep_ == "prep" and c.lower_ in ("in", "to", "at") and c.i == head.i + 1:
                    pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                    mm = self.mention_at(p, pobj) if pobj is not None else None
                    if mm is not None and self.actors[mm.actor].kind == "person":
                        return mm.actor, (mm.start, mm.end)
        if head.lower_ in ("ministry", "department") and any(
            c.dep_ == "poss" and c.lower_ in ("his", "her") for c in head.children
        ):
            # "Minister Ola Berg spoke. His Ministry confirmed ...": the minister's ministry
            mine = self._ministry_of_minister(before if before is not None else tok_start(p, head))
            if mine:
                return mine, (tok_start(p, head.left_edge), tok_end(p, head))
        if (
            head.lower_ in PARTY_NOUNS
            and head.tag_ != "NNPS"
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)
        ):
            # "said a Virginia Republican": an unnamed source, named as written
            first = head.left_edge.i
            a = self.actor(doc[first : head.i + 1].text, "other", None, role="anonymous source")
            a.agent = True
            self._note(p, first, head.i + 1, a, head.i)
            return a.name, (tok_start(p, doc[first]), tok_end(p, head))
        if head.lower_ in ("majority", "minority", "plurality", "percent") and not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in head.children
        ):
            # "..., a 59-percent majority still say": the group the text was counting
            a = self.recent(before if before is not None else tok_start(p, head), kinds=("other",))
            if a:
                return a, (tok_start(p, head.left_edge), tok_end(p, head))
        body = [c for c in head.children if c.dep_ == "compound" and c.i < head.i]
        if head.lower_ in PARTY_PLURALS and (
            body or any(c.dep_ in ("amod", "acl") and c.i > head.i for c in head.children)
        ):
            # "Democrats close to the campaign dismissed ...": those Democrats, not the
            # party; "Senate Democrats said": that caucus, not the Senate
            after = [c for c in head.children if c.i > head.i and c.dep_ in ("amod", "acl")]
            end = max([c.right_edge.i for c in after] + [head.i])
            first = min([c.left_edge.i for c in body] + [head.i])
            a = self.actor(doc[first : end + 1].text, "other", None, role="anonymous sources")
            a.agent = True
            self._note(p, first, end + 1, a, head.i)
            return a.name, (tok_start(p, doc[first]), tok_end(p, doc[end]))
        if head.lower_ in ("campaign", "camp") and head.pos_ == "NOUN":
            # "the Holt campaign has said", "Dana Holt's campaign urged": not Holt himself
            owner = next((c for c in head.children if c.dep_ in ("poss", "compound", "nmod")), None)
            if owner is not None and (owner.pos_ == "PROPN" or owner.text[:1].isupper()):
                person, _ = self.resolve_np(p, owner, before=before)
                if person and self.actors[person].kind == "person":
                    # "the Cruz campaign", "Bernie Sanders’ campaign": named by the full
                    # name of its candidate, as written forms kept as aliases
                    a = self.actor(
                        f"{person} campaign", "organisation", self.actors[person].country
                    )
                    a.agent = True
                    a.add_alias(doc[owner.left_edge.i : head.i + 1].text)
                    self._note(p, owner.left_edge.i, head.i + 1, a, head.i)
                    return a.name, (tok_start(p, owner.left_edge), tok_end(p, head))
        if (
            head.lower_ in SPOKES | UNIT_NOUNS | AIDE_NOUNS
            and not any(
                c.dep_ in ("compound", "appos") and c.pos_ == "PROPN" for c in head.children
            )
            and self._closing_name(head) is None
        ):
            # "a spokesperson for the group", "the observer mission of the SADC": the body
            # the unnamed speaker speaks for
            if head.lower_ in SPOKES and any(
                c.dep_ == "det" and c.lower_ == "the" for c in head.children
            ):
                # "The official spokesperson of the Ministry ... urged ...", named later in
                # the text ("said official spokesperson ... Dr. Majid Al Ansari"): that person
                later = self._next_spokesperson(
                    before if before is not None else tok_start(p, head)
                )
                if later:
                    return later, (tok_start(p, head.left_edge), tok_end(p, head))
            for c in head.children:
                if c.dep_ == "prep" and c.lower_ in ("for", "of", "at", "to"):
                    pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                    if pobj is None:
                        continue
                    name, _ = self.resolve_np(p, pobj, before=before)
                    voice = self._unnamed_spokesperson(p, head, pobj.right_edge.i + 1, body=name)
                    if voice:
                        return voice, (tok_start(p, head.left_edge), tok_end(p, pobj.right_edge))
                    if (
                        name
                        and self.actors[name].kind not in ("person", "other")
                        and head.lower_ not in AIDE_NOUNS
                    ):
                        return name, (tok_start(p, head.left_edge), tok_end(p, head))
                    if (
                        name
                        and self.actors[name].kind == "person"
                        and head.lower_ in SPOKES | AIDE_NOUNS
                        and any(c.dep_ == "det" for c in head.children)
                    ):
                        # "A spokesman for Speaker Tom Branner told reporters": not Branner
                        # named as written, like other unnamed sources
                        surface = doc[head.left_edge.i : pobj.i + 1].text
                        a = self.actor(surface, "other", None, role=head.lower_)
                        a.agent = True
                        return a.name, (tok_start(p, head.left_edge), tok_end(p, pobj))
        if (
            head.lower_ in SPOKES
            and self._closing_name(head) is None
            and not any(
                c.dep_ == "appos" and doc[max(c.left_edge.i - 1, 0)].text != "("
                for c in head.children
            )  # (but "A Department of Health (DHSC) spokeswoman": an acronym in brackets)
        ):
            # "A Ford spokeswoman", "an unidentified ministry spokesman": a source of its own
            # "the company spokeswoman", "the ministry spokesman": the body named before
            comp = next(
                (
                    c
                    for c in head.children
                    if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") and c.i == head.i - 1
                ),
                None,
            )
            name = None
            if comp is not None and comp.pos_ == "PROPN":
                mm = self.mention_at(p, comp)
                name = mm.actor if mm is not None else None
            elif comp is not None:
                pos0 = before if before is not None else tok_start(p, head)
                name = self.recent_role(pos0, [comp.lower_], person=False)
                if name is None and comp.lower_ == "ministry":
                    # "Sweden's labour minister ... A ministry spokeswoman said": that
                    # minister's ministry, not the latest body of any kind
                    name = self._ministry_of_minister(pos0)
                if name is None and comp.lower_ in ORG_GENERIC:
                    name = self.recent_role(pos0, ["the", comp.lower_], person=False)
            # "A Ford spokeswoman", "an unidentified ministry spokesman": a source of its own
            voice = self._unnamed_spokesperson(p, head, head.i + 1, body=name)
            if voice:
                return voice, (tok_start(p, head.left_edge), tok_end(p, head))
            if name and comp.pos_ == "NOUN":
                return name, (tok_start(p, head.left_edge), tok_end(p, head))
        if fold(head.text) in TITLE_HEADS | self.gz.person_role_heads:
            named = self._name_after_title(p, head)
            if named is not None:
                return named
        if (
            head.dep_ == "appos"
            and head.pos_ == "NOUN"
            and head.head.pos_ == "PROPN"
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)
        ):
            # "said Grace Achieng, a dock worker who said ...": the description is the
            # person it is in apposition to
            mm = self.mention_at(p, head.head)
            if mm is not None and self.actors[mm.actor].kind == "person":
                return mm.actor, (mm.start, mm.end)
        m = self.mention_at(p, head)
        if m is not None:
            org = self._country_named_org(p, head, m)
            if org is not None:
                return org
            return m.actor, (m.start, m.end)
        if (
            head.pos_ in ("INTJ", "X", "NOUN", "ADJ", "VERB")
            and head.dep_ in ("nsubj", "nsubjpass")
            and head.text[:1].isupper()
            and head.is_alpha
        ):
            # "Trump, however, said ...": a surname of a person named before, mistagged
            canon = self._match_person([fold(head.text)])
            if canon and canon in self.actors:
                self.add_mention(p, head.i, head.i + 1, self.actors[canon], "name")
                self.mentions.sort(key=lambda x: x.start)
                return canon, (tok_start(p, head), tok_end(p, head))
        body = self._acronym_of(head.text)
        if body is not None:
            # "CN, the largest of the railways, responded": tagged anything but a name
            body.agent = True
            self.add_mention(p, head.i, head.i + 1, body, "name")
            self.mentions.sort(key=lambda x: x.start)
            return body.name, (tok_start(p, head), tok_end(p, head))
        # compounds / appositions: "Foreign Minister Sergey Lavrov", "Commodore X, the spokesperson"
        cands = []
        for t in head.subtree:
            mm = self.mention_at(p, t)
            if mm is not None and t.i <= head.i + 1 and mm.start >= self.dateline_end:
                cands.append((t.i, mm))
        for t in head.children:
            if t.dep_ == "appos":
                mm = self.mention_at(p, t)
                if mm is None and t.ent_type_ == "GPE" and head.pos_ == "NOUN":
                    # "The world's biggest energy user, the United States, has told OPEC"
                    first = min([t.i] + [c.i for c in t.lefts if c.dep_ == "compound"])
                    iso = self.gz.any_country_iso(doc[first : t.i + 1].text)
                    if iso and iso in self.gz.countries:
                        c = self.actor(self.gz.countries[iso].name, "country", iso)
                        c.agent = True
                        mm = self.add_mention(p, first, t.i + 1, c, "name")
                        self.mentions.sort(key=lambda x: x.start)
                if mm is not None:
                    cands.append((t.i, mm))
        if not cands and head.pos_ == "NOUN":
            # "her deputy, Secretary of State for Fisheries Tiago Almeida, told ...": the
            # name that closes the apposition, even when NER missed it
            apps = [c for c in head.children if c.dep_ == "appos"]
            closing = self._closing_name(head)
            if closing is not None:
                apps.append(closing)  # "The head of the nurses' union, Sandrine Morel, said"
            right = head.right_edge
            mr = self.mention_at(p, right)
            if (
                mr is not None
                and self.actors[mr.actor].kind == "person"
                and (head.lower_ in self.gz.person_role_heads or head.lower_ in TITLE_HEADS)
                and right.i > head.i
                and not any(t.is_punct for t in doc[head.i : right.i])
            ):
                # "Leader of the Opposition Suresh Gowda told reporters"
                return mr.actor, (mr.start, mr.end)
            for ap in apps:
                if ap.dep_ != "appos":
                    continue
                last = ap.right_edge
                while last.i > ap.i and last.is_punct:
                    last = last.doc[last.i - 1]
                if last.pos_ == "PROPN" and last.i != head.i and last.text[:1].isupper():
                    mm = self.mention_at(p, last)
                    if mm is not None:
                        return mm.actor, (mm.start, mm.end)
                    hl = head.lower_
                    person_head = (
                        hl in self.gz.person_role_heads
                        or hl in SPOKES
                        or hl in OCCUPATIONS
                        or hl in TITLE_HEADS
                    )
                    unknown_place = (
                        last.ent_type_ in ("GPE", "ORG", "NORP", "LOC")
                        and not self.gz.any_country_iso(last.text)
                        and not self.gz.capital_iso(last.text)
                        and last.i > ap.left_edge.i
                    )
                    if (
                        not last.ent_type_
                        or last.ent_type_ == "PERSON"
                        or (person_head and unknown_place)
                    ):
                        name, sp = self.resolve_np(p, last, before=before)
                        if name and self.actors[name].kind == "person":
                            return name, sp
        if (
            cands
            and head.tag_ == "NNS"
            and head.pos_ == "NOUN"
            and (
                head.lower_ in ANON_PLURAL_HEADS | {"forces"}
                or head.lower_[:-1]
                in OCCUPATIONS
                | self.gz.person_role_heads
                | {"executive", "agent", "officer", "employee", "worker", "member", "staffer"}
            )
            and all(
                doc[i].dep_ in ("compound", "nummod") and head.left_edge.i <= i < head.i
                for i, _ in cands
            )
        ):
            # "JM Eagle attorneys contend ...": people of that body, not the body
            first = min(
                [i for i, _ in cands]
                + [t.left_edge.i for t in head.lefts if t.dep_ in ("amod", "nummod", "compound")]
            )
            txt = doc[first : head.i + 1].text
            a = self.actor(txt, "other", None, role="anonymous sources")
            a.agent = True
            self._note(p, first, head.i + 1, a, head.i)
            return a.name, (tok_start(p, doc[first]), tok_end(p, head))
        app = [c for c in cands if doc[c[0]].dep_ == "appos" and doc[c[0]].head.i == head.i]
        if app and head.pos_ == "NOUN":
            # "The company at the centre of the row, Deccan Infra Projects, said"
            mm = app[0][1]
            return mm.actor, (mm.start, mm.end)
        if cands:
            # prefer a person, but not the possessor of a common noun: "Trump's son said"
            # is not Trump
            persons = [
                c
                for c in cands
                if self.actors[c[1].actor].kind == "person"
                and not (
                    head.pos_ == "NOUN"
                    and doc[c[0]].dep_ in ("poss", "compound")
                    and doc[c[0]].head.i in (head.i, head.i - 1)
                )
            ]
            mm = (persons or cands)[-1][1]
            if persons or head.pos_ == "PROPN":
                return mm.actor, (mm.start, mm.end)
        low = head.lower_
        pos = before if before is not None else tok_start(p, head)
        span = (tok_start(p, head), tok_end(p, head))
        if low in PRONOUNS_PERSON:
            g = "f" if low in ("she", "her", "hers", "herself") else "m"
            a = self.recent(pos, kinds=("person",), gender=g)
            if a and head.dep_ == "nsubj":
                # "In an interview with France Info, she said": a name in a phrase that
                # modifies the pronoun's own verb is not what the pronoun stands for
                sent_start = tok_start(p, head.sent[0])
                for mm in self.mentions:
                    if mm.actor != a or mm.para != p.index or not sent_start <= mm.start < pos:
                        continue
                    tok = doc[mm.token]
                    anc, last_dep = tok, None
                    while anc.i != anc.head.i and anc.i != head.head.i:
                        last_dep, anc = anc.dep_, anc.head
                    # "Thanking delegates X and Y, she said": inside an adverbial too, but
                    # "When Mr. Trump was asked ..., he was noncommittal": its subject is
                    # the one the pronoun takes up
                    subj_of_clause = tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "advcl"
                    if (
                        anc.i == head.head.i
                        and last_dep in ("prep", "advcl", "npadvmod")
                        and not subj_of_clause
                    ):
                        a = self.recent(min(sent_start, mm.start), kinds=("person",), gender=g) or a
                        break
            if a is None and p.index <= 2:
                # a deck before any name ("He insisted the coalition would hold." then
                # "Tomas Kress said Monday ..."): the person the article names next
                a = self._next_person(pos, g, p.index + 2)
            return a, span
        if low in PRONOUNS_ORG and head.dep_ == "nsubj" and head.i == head.sent.start:
            # "The ministry called on Norland to end X. It said ...": the body that was the
            # subject of the sentence before, even when the text never named it again
            prev = self._previous_subject(p, head)
            if prev is not None and prev[1].pos_ == "NOUN" and prev[1].lower_ in BODY_NOUNS:
                a, _ = self.resolve_np(prev[0], prev[1])
                if a and self.actors[a].kind != "person":
                    return a, span
            m = self.mention_at(prev[0], prev[1]) if prev is not None else None
            b = self.actors.get(m.actor) if m is not None else None
            if b is not None and b.kind in ("organisation", "ministry", "media", "armed_group"):
                # "The Geneva-based X said Sri Lanka and India were ... It said ...": the
                # body the sentence before was about, not a country named in its report
                return b.name, span
        if low in PRONOUNS_ORG:
            a = self.recent(
                pos,
                kinds=("government", "ministry", "organisation", "country", "armed_group", "media"),
            )
            return a, span
        if low in ("we", "i", "us", "our"):
            return None, None
        if low in PRONOUNS_PLURAL and head.dep_ == "nsubj" and head.i == head.sent.start:
            # "Sens. Ann Lowe and Raj Patel wrote ... They contended": the pair, given (as
            # for "X and Y said") to the first of them
            prev = self._coordinated_previous_subject(p, head)
            if prev is not None:
                m = self.mention_at(prev[0], prev[1])
                a = m.actor if m is not None else self.resolve_np(prev[0], prev[1])[0]
                if a:
                    return a, span
        if low in PRONOUNS_PLURAL and head.dep_ == "nsubj" and head.i == head.sent.start:
            # "X was among four eyewitnesses and six aid workers interviewed by Reuters.
            # They said ...": the people the sentence before counted
            group = self._people_before(p, head)
            if group:
                return group, span
        if low in PRONOUNS_PLURAL:
            # "they": a group or body acting in the latest sentences (a guess beats no speaker)
            a = self.recent(
                pos, kinds=("other", "organisation", "government", "ministry", "armed_group")
            )
            return (a, span) if a else (None, None)
        # role nouns: "the spokesperson", "The Secretary", "the ministry", "the council"
        np_start = head.left_edge.i
        for t in head.lefts:
            if t.dep_ in ("det", "poss", "amod", "compound"):
                np_start = min(np_start, t.i)
        words = [fold(t.text) for t in doc[np_start : head.i + 1] if t.dep_ != "det"]
        if head.text in self.gz.title_abbreviations:
            # "the PM said", "Egypt's FM said", "The Foreign Affairs PS revealed"
            *mods, low = self.gz.title_abbreviations[head.text].split()
            topic = self.gz.ministry_topic_words
            words = [*(w for w in words[:-1] if w not in topic), *mods, low]
        of_what = next(
            (
                fold(g.text)
                for c in head.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
                if g.dep_ == "pobj"
            ),
            None,
        )
        if low == "head" and of_what in ("state", "government"):
            # "the Head of State affirmed": the president; "head of government": the premier
            low = "president" if of_what == "state" else "minister"
            words = [*words[:-1], *(["president"] if of_what == "state" else ["prime", "minister"])]
        np_span = (tok_start(p, doc[np_start]), tok_end(p, head))
        definite = any(t.dep_ == "det" and t.lower_ == "the" for t in head.lefts)
        if (
            not definite
            and p.index <= 1
            and head.tag_ in ("NN", "NNP")
            and (low in self.gz.person_role_heads or head.text in self.gz.title_abbreviations)
            and all(t.dep_ == "compound" for t in head.lefts)
            and head.head.tag_ in ("VBZ", "VBD")
        ):
            # a headline or deck drops its articles: "PM says", "US president tells families"
            definite = True
        demonstrative = any(t.dep_ == "det" and t.lower_ in ("that", "this") for t in head.lefts)
        np_low = doc[head.left_edge.i : head.i + 1].text.lower()
        iso = self.gz.demonym_iso(head.text) if head.text[:1].isupper() else None
        if (
            definite
            and iso
            and head.tag_ in ("NNP", "NN", "JJ")
            and head.dep_ in ("nsubj", "nsubjpass")
            and all(t.dep_ in ("det", "amod") for t in head.lefts)
        ):
            # "“It was a tough match,” the Serbian said": the person of that nationality,
            # else the person the sentence before was about, if not of another country
            near = [
                self.actors[m.actor]
                for m in self.mentions
                if pos - 1500 < m.start < pos
                and not m.in_quote
                and m.actor in self.actors
                and self.actors[m.actor].kind == "person"
            ]
            a = next((x.name for x in reversed(near) if x.country == iso), None)
            if a is None:
                a = self.recent(pos, kinds=("person",))
                if a and self.actors[a].country not in (None, iso):
                    a = None
            if a:
                return a, np_span
        if definite and (low in PERSON_NOUNS or re.search(r"\d+-year-old", np_low)):
            # "said the 52-year-old mother of six": the person the paragraph is about
            g = "f" if low in FEMALE_NOUNS else "m" if low in MALE_NOUNS else None
            a = self.recent(pos, kinds=("person", "other"), gender=g)
            noun = fold(a.split()[-1]) if a else ""
            if (
                a
                and self.actors[a].kind == "other"
                and not (
                    noun in PERSON_NOUNS
                    and (g is None or noun in (FEMALE_NOUNS if g == "f" else MALE_NOUNS))
                )
            ):
                a = self.recent(pos, kinds=("person",), gender=g)  # ("officials" is no man)
            if a:
                # (also "the boy's father told the court ... the man said")
                return a, np_span
        if head.pos_ == "NOUN" and not definite:
            for at, noun, name in self._self_named:
                if noun == low and 0 < at - pos < 800:
                    # "A little-known armed group has said ... The group, which calls
                    # itself X, ...": the same body
                    return name, np_span
        ordinal = next(
            (t for t in head.lefts if t.lower_ in ORDINAL_WORDS and t.dep_ in ("amod", "advmod")),
            None,
        )
        if definite and low in ANON_HEADS and ordinal is not None and head.tag_ == "NN":
            # "two U.S. officials told Reuters ... The first U.S. official said": one of
            # that group, a source of its own (and the same one each time it is named so)
            first, *rest = (t.text for t in doc[np_start : head.i + 1])
            written = " ".join([first.lower(), *rest])
            a = self.actor(written, "other", None, role="anonymous source")
            a.agent = True
            self._note(p, np_start, head.i + 1, a, head.i)
            return a.name, np_span
        if demonstrative and low in ANON_HEADS and head.tag_ == "NN":
            # "..., that official said": the single unnamed source named last
            best = self._last_other_before(pos, lambda a: low in fold(a.name).split())
            if best:
                return best, np_span
        iso = self.gz.demonym_iso(head.text) if definite and head.tag_ in ("NN", "NNP") else None
        if iso:
            # "Kuwaiti oil minister Saud al-Sabah said ... 'We agree,' the Kuwaiti said":
            # the person of that country named last
            for m in reversed(self.mentions):
                if m.start >= pos:
                    continue
                a = self.actors.get(m.actor)
                if a is None or a.kind != "person":
                    continue
                q = self.paras[m.para]
                rel = m.start - q.offset
                ctx = fold(q.text[max(0, rel - 60) : rel])
                if a.country == iso or fold(head.text) in ctx.split():
                    return a.name, np_span
        if definite and low in ANON_HEADS:
            # "according to two U.S. officials ... the officials said": the same sources
            # ("the administration official": the one described so, if one was)
            quals = {w for w in words[:-1] if w.isalpha()}
            best = None
            if quals:
                best = self._last_other_before(
                    pos, lambda a: {low, *quals} <= set(fold(a.name).split())
                )
            best = best or self._last_other_before(pos, lambda a: low in fold(a.name).split())
            if best is None and low == "official" and head.tag_ == "NN":
                # '"...," a State Department spokesperson said. "...," said the official':
                # the unnamed spokesperson is the official
                best = self._last_other_before(pos, lambda a: a.role in VOICE_ROLES)
            if best is None and any(
                c.dep_ in ("relcl", "acl") and _anonymity_clause(c) for c in head.children
            ):
                # "said the official, who spoke on condition of anonymity": an unnamed source
                a = self.actor(low, "other", None, role="anonymous source")
                a.agent = True
                self._note(p, head.i, head.i + 1, a, head.i)
                best = a.name
            if best:
                return best, np_span
        if definite and (low in SPOKES or _press_voice(head)):
            # "Mayor Lin's spokeswoman said ... the spokeswoman said": that voice, when no
            # spokesperson was named
            voice = self._last_other_before(pos, lambda a: a.role in VOICE_ROLES)
            if voice and self.recent_role(pos, words, person=True) is None:
                return voice, np_span
        if definite and low in self.gz.person_role_heads and head.pos_ == "NOUN":
            # "the Congress leader said", "the Labour leader said": the person of that body
            # named before, not the body
            body = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
            if body:
                key = fold(body[-1].text)
                for m in reversed(self.mentions):
                    if m.start >= pos:
                        continue
                    a = self.actors.get(m.actor)
                    if a is not None and a.kind == "person":
                        ctx = fold(
                            self.full_text_at(
                                max(m.start - 60, 0), m.end - max(m.start - 60, 0) + 80
                            )
                        )
                        if key in (fold(a.role or "") + " " + ctx).split():
                            return a.name, np_span
        if definite and low in OUTLET_NOUNS | {"paper", "network", "outlet"}:
            # "as the newspaper reported": the outlet named last
            a = self.recent(pos, kinds=("media",))
            if a:
                return a, np_span
        if (
            definite
            and (low in ANON_HEADS or self._role_token(head))
            and (
                head.tag_ == "NNS"
                or low in ANON_HEADS
                or self.recent_role(pos, words, person=True) is None
            )
        ):
            # "The FT cited multiple European diplomats ... The diplomats noted": the group
            # the text described before, named by that description
            named = self._described_before(p, head, pos)
            if named:
                return named, np_span
        if definite and low in ("justices", "judges") and head.tag_ == "NNS":
            # "the justices said", "the judges found": the court they sit on
            court = None
            for m in self.mentions:
                if m.start >= pos:
                    break
                b = self.actors.get(m.actor)
                if b is not None and b.kind == "government" and "court" in fold(b.name).split():
                    court = b.name
            if court is None:
                named = [n for n in self.title_orgs if "court" in fold(n).split()]
                if named:
                    org = self.gz.orgs.get(self.gz.org_name(named[0]) or "")
                    court = self.actor(
                        org.name if org else named[0], "government", org.country if org else None
                    ).name
            if court:
                self.actors[court].agent = True
                return court, np_span
        if definite and low in PARTY_NOUNS:
            # "Arizona Gov. Rick Alvarez, a Republican, ... the Republican told reporters"
            a = self._party_member(pos, head.text)
            if a:
                return a, np_span
        if (
            definite
            and (low in GENERIC_PERSON_NOUNS or (low in PARTY_NOUNS and head.tag_ != "NNS"))
            and not any(
                c.dep_ == "prep"
                and c.lower_ in ("of", "at", "for", "with")
                and any(
                    g.pos_ == "PROPN" and g.ent_type_ not in ("DATE", "TIME") for g in c.children
                )
                for c in head.children
            )  # "the chief executive of Acme Corp": someone the text describes anew
        ):
            # "Foreign Ministry spokesman X spoke ... the diplomat said", "said the SPD
            # politician": the person just named, whatever their title; a company's head
            # ("the CEO") with no holder named is who the article is about
            a = self.recent_role(pos, words, person=True)  # whoever holds that title
            if a:
                return a, np_span
            if low in ("ceo", "cfo", "founder", "co-founder"):
                a = self._protagonist(pos)
                if a:
                    return a, np_span
            a = self.recent(pos, kinds=("person",))
            last = max(
                (m.start for m in self.mentions if m.actor == a and m.start < pos), default=-1
            )
            if a and 0 <= pos - last < 600:
                return a, np_span
        if low == "one" or (head.pos_ == "NUM" and head.tag_ == "CD"):
            # "one of the sources said": the sources named before
            of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            pobj = next((g for g in of.children if g.dep_ == "pobj"), None) if of else None
            if pobj is not None and pobj.tag_ == "NNS":
                a = self.recent(pos, kinds=("other",))
                if a:
                    return a, np_span
                if low == "one":
                    # "one of the lawyers representing X stated ... lawyer Y said": the one of
                    # them the text names next, else the source as written
                    a = self._next_with_role(pos, pobj.lemma_.lower(), limit=1500)
                    if a:
                        return a, np_span
                    first, last = head.left_edge.i, pobj.right_edge.i
                    while last > pobj.i and doc[last].is_punct:
                        last -= 1
                    src = self.actor(
                        re.sub(r"^[Tt]he\s+", "", doc[first : last + 1].text),
                        "other",
                        None,
                        role="anonymous source",
                    )
                    src.agent = True
                    self._note(p, first, last + 1, src, head.i)
                    return src.name, (tok_start(p, doc[first]), tok_end(p, doc[last]))
            if of is None and low == "one" and head.dep_ == "nsubj" and not list(head.children):
                # "Diplomats said a deal was unlikely. One said ...": one of that group
                last = max(
                    (m for m in self.mentions if m.start < pos and pos - m.start < 300),
                    key=lambda m: m.start,
                    default=None,
                )
                a = self.actors.get(last.actor) if last is not None else None
                if a is not None and a.kind == "other" and a.name.split()[-1].endswith("s"):
                    return a.name, np_span
        indefinite = any(
            t.dep_ in ("det", "nummod")
            and t.lower_ in ("a", "an", "one", "another", "some", "several")
            for t in head.lefts
        ) or (
            head.tag_ in ("NNS", "NNPS") and not any(t.dep_ in ("det", "poss") for t in head.lefts)
        )
        if indefinite and low in SPOKES and not any(c.dep_ == "prep" for c in head.children):
            # "A spokesperson told the BBC ..." right after "The State Department said ..."
            kinds = ("ministry", "government", "organisation", "armed_group")
            if any(c.dep_ == "compound" and c.lower_ == "ministry" for c in head.children):
                kinds = ("ministry",)  # "A ministry spokeswoman": no company or union
            org = self.recent(pos, kinds=kinds)
            if org:
                return org, np_span
        if indefinite and (
            low in self.gz.person_role_heads
            or low.rstrip("s") in self.gz.person_role_heads
            or low in ANON_HEADS
        ):
            first = head.left_edge.i
            if (
                head.tag_ == "NNS"
                and doc[first].lower_ in ("a", "an")
                and first + 2 <= head.i
                and doc[first + 1].tag_ == "NN"
            ):
                first += 2  # ", a move officials said would ...": "a move" is the antecedent
            if doc[first].lower_ in ("both", "either") and doc[first].dep_ == "preconj":
                first += 1  # "Both a trial judge and the appeals court said": each in turn
            last = min(
                [head.right_edge.i] + [c.i - 1 for c in head.rights if c.dep_ in ("cc", "conj")]
            )
            sub = doc[first : last + 1]
            # relative clauses go ("a senior official who spoke ..."), participles that
            # say who the sources are stay ("sources briefed on the meeting")
            cut = [
                t
                for t in sub
                if t.dep_ == "relcl"
                or (t.dep_ == "acl" and t.head.i == head.i and _anonymity_clause(t))
            ]
            commas = [t.i for t in sub if t.text == "," and t.i > head.i]
            end = min([t.left_edge.i for t in cut] + commas + [last + 1])
            while end - 1 > head.i and doc[end - 1].is_punct:
                end -= 1
            txt = doc[first:end].text
            txt = re.sub(
                r"^the\s+",  # described sources are named as written ("a senior official")
                "",
                txt,
                flags=re.I,
            )
            a = self.actor(txt, "other", None, role="anonymous source")
            a.agent = True
            self._note(p, first, end, a, head.i)
            return a.name, (
                p.offset + sub.start_char,
                p.offset + doc[end - 1].idx + len(doc[end - 1].text),
            )
        if (
            low in SPOKES
            or low in self.gz.person_role_heads
            or low in ("secretary", "minister")
            or low in BOSS_WORDS
            or low in OCCUPATIONS
        ):
            a = self.recent_role(pos, words, person=True)
            if a:
                return a, np_span
            a = self._next_with_role(
                pos, low, limit=400, mods=self._role_mods(words), country=self._role_country(words)
            )
            if a and any(t.dep_ == "poss" for t in head.lefts):
                # "the bank ..., but its governor signalled ... Governor X said"
                return a, np_span
            if (
                p.index <= 2
                and low not in ANON_HEADS
                and head.dep_ == "nsubj"
                and any(t.dep_ == "det" and t.lower_ in ("a", "an") for t in head.lefts)
                and p.index + 1 < len(self.paras)
            ):
                # "A senior Republican lawmaker said Tuesday ...\n\nSen. Chuck Grassley said
                # ...": a lead that describes the person the next paragraph opens with
                a = self._opening_person(self.paras[p.index + 1])
                if a:
                    return a, np_span
            if definite and low in self.gz.person_role_heads and low not in SPOKES:
                # "the Chancellor emphasizes ..." in a deck, before "Chancellor X" is
                # named: nobody with that title was named before, so the one named next
                a = self._next_with_role(
                    pos,
                    low,
                    limit=2000,
                    mods=self._role_mods(words),
                    country=self._role_country(words),
                )
                if a and not any(
                    m.start < pos
                    and self.actors[m.actor].kind == "person"
                    and low in set(fold(self.actors[m.actor].role or "").split())
                    for m in self.mentions
                    if m.actor in self.actors
                ):
                    return a, np_span
            if definite and low not in SPOKES:
                # "Ingrid Berglund. Since her election, the mayor of X has ...": the person
                # just named, when no one with that role is known
                a = self.recent(pos, kinds=("person",))
                mine = [m for m in self.mentions if m.actor == a and m.start < pos]
                last = mine[-1].start if mine else -1
                possessor = bool(mine) and (
                    self.paras[mine[-1].para].doc[mine[-1].token].dep_ == "poss"
                )
                if a and not self.actors[a].role and 0 <= pos - last < 250 and not possessor:
                    # (but "defied Jeremy Corbyn's instruction. The Prime Minister said":
                    # a possessor is no one the role is about)
                    return a, np_span
            of_country = any(
                c.dep_ == "poss" and self.gz.any_country_iso(c.text) for c in head.children
            )
            if (definite or of_country) and low in self.gz.person_role_heads and low not in SPOKES:
                # "Ola Berg's decision was unlawful ... Mr Berg ... The prime minister said":
                # no holder of the title named, the article's main untitled person
                a = self._protagonist(pos) if definite else None
                if a:
                    return a, np_span
                later = self._holder_named_later(pos, low, words, limit=1500)
                if later:
                    # "Poland's foreign minister says X ... Foreign Minister Y said": the
                    # holder of that very title the text names later
                    return later, np_span
                if p.index <= 3:
                    # "... after the central bank governor said X.\n\nAnna Lind said ...",
                    # "Russia's U.N. ambassador accused ...\n\nVassily Nebenzia told ...": an
                    # opening names the role, the next paragraph the person
                    a = self._next_person(pos, None, p.index + 1)
                    if a and not self.actors[a].role:
                        return a, np_span
        if low in (
            "ministry",
            "department",
            "commission",
            "council",
            "alliance",
            "group",
            "bloc",
            "office",
            "government",
            "administration",
            "agency",
            "guard",
            "organisation",
            "organization",
            "movement",
            "coalition",
            "court",
            "authorities",
        ) or (low in ORG_GENERIC and definite):
            a = None
            if definite and "news" in words and low in ("agency", "service", "organisation"):
                # "The news agency said": the outlet, not a government agency
                a = self.recent(pos, kinds=("media",))
            if (
                a is None
                and definite
                and len(words) == 1
                and low in ORG_GENERIC
                and head.dep_ == "nsubj"
                and head.left_edge.i == head.sent.start
            ):
                # "The Congress said X. The party also accused the BJP of Y": the body the
                # sentence before was about, when it is of that kind
                prev = self._previous_subject(p, head)
                if prev is not None:
                    m = self.mention_at(prev[0], prev[1])
                    b = self.actors.get(m.actor) if m is not None else None
                    if b is not None and b.kind in ORG_GENERIC[low]:
                        a = b.name
            a = a or self.recent_role(pos, words, person=False)
            if a is None and definite and low in ORG_GENERIC and len(words) > 1:
                # "the biopharmaceutical company said", "the business information company":
                # a description of the latest body, when it names no other one
                mods = [t for t in doc[np_start : head.i] if t.dep_ != "det"]
                if all(t.is_lower and not self.gz.demonym_iso(t.text) for t in mods):
                    a = self.recent_role(pos, [low], person=False) or self._unnamed_body_before(
                        p, np_start
                    )
                    if a:
                        # "the company" later is the body so described
                        self.actors[a].role_words.add(low)
            if (
                a is None
                and low in ("regulator", "authority", "watchdog", "agency")
                and "news" not in words
            ):
                a = self.next_named(pos, ORG_GENERIC[low][:1], limit=400)
            if a is None and definite and low in CORPORATE_NOUNS:
                a = self._body_taken_for_person(pos)
            if a is None and definite and low in ORG_GENERIC:
                a = self._title_body(words)
            if a:
                if head.dep_ in ("nsubj", "nsubjpass") and (p.index, head.i) not in self.by_token:
                    # "The ministry acknowledged ... It said ...": the pronoun's antecedent
                    self.add_mention(p, np_start, head.i + 1, self.actors[a], "role", head=head.i)
                    self.mentions.sort(key=lambda x: x.start)
                return a, np_span
            if low == "ministry" and definite:
                a = self._ministry_of_minister(pos)
                if a:
                    return a, np_span
            if low == "government" and definite and len(words) == 1:
                # "the government announced" before any government is named: the
                # government of the country the text is set in
                iso = self.default_country or self._text_country()
                if iso and iso in self.gz.countries:
                    gov = self.actor(self.gz.countries[iso].government, "government", iso)
                    gov.agent = True
                    return gov.name, np_span
            if low in ("commission",):
                a = self.actor("European Commission", "organisation")
                return a.name, np_span
            if low == "alliance":
                a = self.actor("North Atlantic Treaty Organization", "organisation")
                return a.name, np_span
        cands = [c for c in cands if doc[c[1].token].dep_ not in ("poss", "pobj")]
        if (
            head.pos_ == "NOUN"
            and (
                low in ORG_GENERIC
                or re.search(
                    r"(?:maker|producer|company|giant|firm|utility|operator|carrier)$", low
                )
            )
            and any(t.dep_ == "poss" or t.lower_ in ("a", "an") for t in head.lefts)
        ):
            # "Taiwan's largest independent chipmaker warned ...", named right after
            a = self.next_named(pos, ("organisation",), limit=400)
            if a:
                return a, np_span
        if cands:
            mm = cands[-1][1]
            return mm.actor, (mm.start, mm.end)
        if head.ent_type_ in ("DATE", "TIME") and head.lower_ in WEEKDAYS_MONTHS:
            return None, None  # "..., said Monday": a time, never a speaker
        if (
            head.pos_ == "PROPN"
            and head.text[:1].isupper()
            and not head.ent_id_
            and head.text not in self.gz.title_abbreviations
        ):
            # a name NER missed: "Outgoing Chancellor Olaf Scholz"
            first = head.i
            while (
                first > 0
                and doc[first - 1].tag_ == "NNP"
                and doc[first - 1].head.i == head.i
                and doc[first - 1].dep_ == "compound"
                and not self._role_token(doc[first - 1])
                and not (
                    doc[first - 1].ent_type_ == "ORG"
                    or (
                        doc[first - 1].ent_type_ in ("GPE", "NORP")
                        and (
                            self.gz.any_country_iso(doc[first - 1].text)
                            or self.gz.capital_iso(doc[first - 1].text)
                        )
                    )
                )
            ):
                first -= 1  # given names before the surname: "Tiago Almeida"
            prev = doc[first - 1] if first > 0 else None
            if (
                prev is not None
                and first == head.i
                and prev.dep_ == "compound"
                and prev.head.i == head.i
                and (home := self.gz.any_country_iso(prev.text))
                and fold(head.text) not in self.gz.female_names | self.gz.male_names
                and (p.index, head.i) not in self.by_token
            ):
                # "UK Hospitality said": a body named after its country, not a person
                a = self.actor(f"{prev.text} {head.text}", "organisation", home)
                a.agent = True
                self.add_mention(p, prev.i, head.i + 1, a, "name")
                self.mentions.sort(key=lambda x: x.start)
                return a.name, (tok_start(p, prev), tok_end(p, head))
            name_span = self._strip_honorifics(self.expand_person(doc[first : head.i + 1]))
            txt = name_span.text
            body = self._acronym_of(txt)
            if body is not None:
                body.add_alias(txt)
                body.agent = True
                if not any((p.index, t.i) in self.by_token for t in name_span):
                    self.add_mention(p, name_span.start, name_span.end, body, "name")
                    self.mentions.sort(key=lambda x: x.start)
                return body.name, (p.offset + name_span.start_char, p.offset + name_span.end_char)
            if (
                len(name_span)
                and not all(self._role_token(t) for t in name_span)
                and not self.gz.any_country_iso(txt)
                and not self.gz.org_name(txt)
                and not self.gz.capital_iso(txt)
                and not ({fold(t.text) for t in name_span} & (ORG_WORDS | MEDIA_WORDS))
            ):
                if self._org_like(name_span):
                    # "Associated Society of Railway Drivers (ASRD)": the whole written name
                    end = name_span.end
                    for c in head.children:
                        if c.dep_ == "prep" and c.lower_ == "of" and c.i == end:
                            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                            if pobj is not None and pobj.pos_ == "PROPN":
                                end = pobj.i + 1
                    name_span = doc[name_span.start : end]
                    txt = name_span.text
                    a = self.actor(txt, "organisation")
                    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
                        acro = doc[end + 1].text
                        if acro.isupper() and len(acro) >= 2:
                            a.add_alias(acro)
                else:
                    canon = self._match_person([fold(t.text) for t in name_span if not t.is_punct])
                    a = (
                        (self.actors.get(canon) or self.actor(canon, "person"))
                        if canon
                        else self.actor(txt, "person")
                    )
                    if canon is None:
                        self._person_keys[fold(txt)] = a.name
                        self._person_role(p, name_span, a)
                a.agent = True
                a.add_alias(txt)
                if not any((p.index, t.i) in self.by_token for t in name_span):
                    self.add_mention(p, name_span.start, name_span.end, a, "name")
                    self.mentions.sort(key=lambda x: x.start)
                return a.name, (p.offset + name_span.start_char, p.offset + name_span.end_char)
        if head.lemma_.lower() in DOC_NOUNS:
            author = self.doc_author(p, head)
            if not author and head.lemma_.lower() in (
                "statement",
                "communiqué",
                "communique",
                "readout",
                "release",
                "letter",
                "declaration",
                "report",
                "study",
                "survey",
            ):
                # "the statement said": the body that spoke last
                author = self.recent(
                    pos, kinds=("ministry", "government", "organisation", "armed_group")
                )
            if author:
                return author, np_span
        # collective nouns nobody named: "the opposition coalition"
        if head.pos_ == "NOUN" and low in COLLECTIVE_NOUNS:
            toks = [
                t
                for t in doc[np_start : head.i + 1]
                if t.dep_ not in ("det", "poss", "case") and not t.is_punct
            ]
            if toks:
                txt = " ".join(t.text for t in toks)
                kind = (
                    "armed_group"
                    if low in ("rebels", "militants", "insurgents", "militia")
                    else "organisation"
                )
                a = self.actor(txt, kind, None)
                a.agent = True
                return a.name, np_span
        # anonymous sources: "diplomats familiar with the discussions", "officials"
        if (
            head.pos_ == "NOUN"
            and head.tag_ == "NNS"
            and low in ANON_PLURAL_HEADS
            and not any(c.dep_ == "poss" for c in head.children)  # "his aides": np_actor
        ):
            first = head.left_edge.i
            if (
                doc[first].lower_ in ("a", "an")
                and first + 2 <= head.i
                and doc[first + 1].tag_ == "NN"
            ):
                first += 2  # ", a move officials said would ...": "a move" is the antecedent
            sub = doc[first : head.right_edge.i + 1]
            txt = sub.text
            txt = re.sub(r"^the\s+", "", txt, flags=re.I)
            a = self.actor(txt, "other", None, role="anonymous sources")
            a.agent = True
            self._note(p, sub.start, sub.end, a, head.i)
            return a.name, (p.offset + sub.start_char, p.offset + sub.end_char)
        return None, None

    def _next_spokesperson(self, pos: int) -> str | None:
        """The one spokesperson named after ``pos`` when none was named before it."""
        named = [
            m
            for m in self.mentions
            if m.via == "name"
            and m.actor in self.actors
            and self.actors[m.actor].kind == "person"
            and (
                set(fold(self.actors[m.actor].role or "").split()) | self.actors[m.actor].role_words
            )
            & SPOKES
        ]
        if any(m.start < pos for m in named):
            return None
        later = {m.actor for m in named if pos < m.start <= pos + 2000}
        return later.pop() if len(later) == 1 else None

    def _described_before(self, p: Para, head: Token, pos: int) -> str | None:
        """An earlier indefinite description of the group a definite plural takes up
        ("multiple European diplomats who attended" -> "European diplomats")."""
        lemma = head.lemma_.lower()
        for q in reversed(self.paras[max(0, p.index - 6) : p.index + 1]):
            found = None
            for t in q.doc:
                if q.offset + t.idx >= pos:
                    break
                if t.lemma_.lower() != lemma or t.tag_ != head.tag_ or t.i == head.i:
                    continue
                lefts = list(t.lefts)
                if any(c.dep_ == "poss" for c in lefts):
                    continue
                single = t.tag_ == "NN"
                if single and not any(
                    c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one", "another")
                    for c in lefts
                ):
                    continue  # "One sitting US senator ... the senator": a described one
                mods = [
                    c
                    for c in lefts
                    if c.dep_ in ("amod", "compound", "nmod") and c.lower_ not in QUANTIFIERS
                ]
                pp = next(
                    (
                        c
                        for c in t.rights
                        if c.dep_ == "prep" and c.lower_ in ("from", "with", "at", "in")
                    ),
                    None,
                )  # "A negotiator from a developed country ... said the negotiator"
                if not mods and not (single and pp is not None):
                    continue
                first = min(c.left_edge.i for c in mods) if mods else t.i
                if single:
                    first = min(c.i for c in lefts)  # named with its article, as written
                end = t.i + 1
                if not mods and pp is not None:
                    end = pp.right_edge.i + 1
                for c in t.rights if end == t.i + 1 else ():
                    if c.dep_ == "amod" or (
                        c.dep_ == "acl"
                        and c.tag_ == "VBN"
                        and c.lemma_.lower() not in ("quote", "cite", "interview")
                    ):
                        end = c.right_edge.i + 1  # "familiar with the talks", "briefed on"
                    else:
                        break
                found = q.doc[first:end].text
            if found:
                a = self.actor(found, "other", None, role="anonymous sources")
                a.agent = True
                return a.name
        return None

    def _last_other_before(self, pos: int, fits) -> str | None:
        """The unnamed source (kind "other") mentioned last before ``pos`` that ``fits``."""
        best = None
        for m in self.mentions:
            if m.start >= pos:
                break
            a = self.actors.get(m.actor)
            if a is not None and a.kind == "other" and fits(a):
                best = a.name
        return best

    def _voice_actor(self, person: str, head: Token, surface: str) -> str:
        """The unnamed spokesperson of a person: an actor of its own, named as the text
        first writes it ("Sunak's official spokesperson"), the same one however written
        later."""
        role = "press secretary" if _press_voice(head) else head.lower_
        key = (person, role)
        a = self.actors.get(self._voices.get(key, ""))
        if a is None:
            written = re.sub(r"^the\s+", "", surface, flags=re.I)
            if written.split()[0].lower() in ("his", "her", "their"):
                written = f"{person}'s {role}"  # "his spokesperson": whose, by name
            a = self.actor(written, "other", None)
            a.role = role
            self._voices[key] = a.name
        a.agent = True
        a.add_alias(surface)
        return a.name

    def _unnamed_spokesperson(
        self, p: Para, head: Token, end: int, body: str | None = None
    ) -> str | None:
        """'A Ford spokeswoman said', 'a spokesman for the ministry told ...': an unnamed
        source of its own, named as written (article included), which 'the spokeswoman'
        takes up later."""
        doc = p.doc
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children) and (
            doc[head.left_edge.i].lower_ not in ("a", "an")
        ):
            return None
        if head.lower_ not in SPOKES | {"representative"} or self._closing_name(head) is not None:
            return None  # ("a representative of X" is a voice of its own, as a spokesperson)
        start = head.left_edge.i
        owner = self.actors.get(body or "")
        written = doc[start:end].text
        if (
            owner is not None
            and owner.kind == "other"
            and fold(written) in {fold(x) for x in (owner.name, *owner.aliases)}
        ):
            return owner.name  # the same words again: the same spokesperson
        named = self._titled_later(doc[start + 1 : end].text)
        if named:
            return named  # "A Chinese Foreign Ministry spokesperson said ... Chinese
            # Foreign Ministry spokesperson Zhao Lijian made the remarks": that person
        if owner is not None and owner.kind in ("person", "other"):
            owner = None
        last = doc[end - 1]
        if (
            owner is not None
            and last.i > head.i
            and last.pos_ == "NOUN"
            and any(t.lower_ == "the" for t in doc[head.i + 1 : end])
        ):
            # "a spokesperson for the group": for the body the group is
            the = "the " if owner.name.split()[0].lower() in THE_NAMES else ""
            written = f"{doc[start : head.i + 2].text} {the}{owner.name}"
        a = self.actor(written, "other", None, role=head.lower_)
        a.agent = True
        a.add_alias(doc[start:end].text)
        if owner is not None and owner.kind not in ("person", "other"):
            a.parent, a.country = owner.name, owner.country  # the body it speaks for
        self._note(p, start, end, a, head.i)
        return a.name

    def _titled_later(self, title: str) -> str | None:
        """The person the text names with these title words right before the name
        (at least two words: "Foreign Ministry spokesperson Zhao Lijian")."""
        if len(title.split()) < 2:
            return None
        for m in re.finditer(
            rf"\b{re.escape(title)} ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){{0,2}})", self.full_text
        ):
            words = m.group(1).split()
            for k in range(len(words), 0, -1):
                a = self.actors.get(" ".join(words[:k]))
                if a is not None and a.kind == "person":
                    return a.name
        return None

    def _body_taken_for_person(self, pos: int) -> str | None:
        """ "Vale Inco said in a statement. ... the company said": with no organisation
        named, the latest name the model took for a person but that has nothing of one (no
        given name, no title, no pronoun) is the company; it is retyped."""
        gz = self.gz
        for m in reversed(self.mentions):
            if m.start >= pos:
                continue
            if pos - m.start > 1500:
                break
            a = self.actors.get(m.actor)
            if a is None or a.kind != "person" or m.via != "name":
                continue
            first = fold(a.name.split()[0]) if a.name.split() else ""
            given = first.title() in gz.male_names | gz.female_names
            if a.role or a.gender or given or len(a.name.split()) < 2:
                continue
            a.kind = "organisation"
            return a.name
        return None

    def _voice_of(self, p: Para, poss: Token, noun: str, before: int | None) -> str | None:
        """Body that an unnamed spokesperson or office of ``poss`` speaks for: an
        organisation itself, a minister's office (``Office of the Minister of X of Y``) or
        ministry, a head of government's government."""
        pl = poss.lower_
        if pl in ("his", "her", "their", "our", "my", "your"):
            return None
        pos = before if before is not None else tok_start(p, poss)
        if pl in PRONOUNS_ORG:
            a = self.recent(pos, kinds=("government", "ministry", "organisation", "armed_group"))
            return a
        inner = next((c for c in poss.children if c.dep_ == "poss"), None)
        inner_iso = self.gz.any_country_iso(inner.text) if inner is not None else None
        if noun == "office" and inner_iso and poss.pos_ == "NOUN":
            # "Peru's ombudsman's office": the office of a state role, named like "Office
            # of the President of X"
            role_toks = [t for t in poss.subtree if t.dep_ == "compound" or t.i == poss.i]
            title = " ".join(t.text.capitalize() for t in role_toks)
            a = self.actor(
                f"Office of the {title} of {self.gz.countries[inner_iso].display}",
                "government",
                inner_iso,
            )
            a.agent = True
            return a.name
        name, _ = self.resolve_np(p, poss, before=before)
        act = self.actors.get(name) if name else None
        if act is not None and act.kind in ("government", "ministry", "organisation"):
            return name  # "the ministry's spokesman"
        words = [fold(t.text) for t in poss.subtree if t.dep_ not in ("det", "case")]
        words = [w for w in words if w not in ("'s", "’s", "'", "’")]
        role = fold(act.role or "") if act is not None and act.kind == "person" else ""
        if act is not None and act.kind != "person":
            return None
        if act is None and words[-1:] not in (["minister"], ["president"]):
            return None
        iso = (
            (act.country if act is not None else None)
            or self.default_country
            or self._text_country()
        )
        if not iso or iso not in self.gz.countries:
            return None
        head_of_gov = re.search(r"\b(?:prime minister|president|premier|chancellor)$", role)
        if act is None:
            head_of_gov = " ".join(words[-2:]) == "prime minister" or words[-1] == "president"
            if not head_of_gov:
                return None
        if head_of_gov:
            if noun == "office":
                return None
            gov = self.actor(self.gz.countries[iso].government, "government", iso)
            gov.agent = True
            return gov.name
        if (
            act is not None
            and role.endswith("minister")
            and not re.fullmatch(r"[a-z]+ minister", role)
        ):
            # "Ontario's colleges minister" is not the minister whose office speaks
            act = self._national_minister(pos)
            role = fold(act.role or "") if act is not None else ""
        mm = re.search(r"\b([a-z]+) minister$", role)
        if not mm or mm.group(1) in ("prime", "deputy", "junior", "state"):
            return None
        ministry = self.gz.ministry_name(mm.group(1), iso)
        if noun == "office" and ministry.startswith("Ministry of "):
            name = "Office of the Minister of " + ministry[len("Ministry of ") :]
            a = self.actor(name, "government", iso)
        else:
            a = self.actor(ministry, "ministry", iso)
        a.agent = True
        return a.name

    def _text_country(self) -> str | None:
        """The country the text is set in: the one its places and countries name most
        (counted once per text: the paragraphs' entities do not change)."""
        if self._country_of_text is None:
            self._country_of_text = (self._count_text_country(),)
        return self._country_of_text[0]

    def _count_text_country(self) -> str | None:
        counts: dict[str, int] = {}
        for p in self.paras:
            for ent in p.doc.ents:
                if ent.label_ not in ("GPE", "LOC", "NORP"):
                    continue
                iso = (
                    self.gz.any_country_iso(ent.text)
                    or self.gz.regions.get(fold(ent.text))
                    or (ent.text.endswith("s") and self.gz.demonym_iso(ent.text[:-1]))
                )  # (also "Canadians")
                if iso:
                    counts[iso] = counts.get(iso, 0) + 1
        return max(counts, key=lambda k: counts[k]) if counts else None

    def _national_minister(self, pos: int) -> Actor | None:
        """The latest person before ``pos`` titled '<Topic> Minister' with no region."""
        best = None
        for m in self.mentions:
            if m.start >= pos:
                break
            a = self.actors.get(m.actor)
            role = fold(a.role or "") if a is not None else ""
            if (
                a is not None
                and a.kind == "person"
                and re.fullmatch(r"[a-z]+ minister", role)
                and role.split()[0] not in self.gz.regions
            ):
                best = a
        return best

    def _people_before(self, p: Para, head: Token) -> str | None:
        """A plural group of people named (not as the subject) in the sentence before
        ``head``'s, when that sentence's subject is no body or group itself."""
        before = self._sentence_before(p, head)
        if before is None:
            return None
        q, prev = before
        subj = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and (subj.tag_ in ("NNS", "NNPS") or subj.lower_ == "they"):
            return None  # "The rebels said ... They added": the subject carries on
        for t in prev:
            if (
                t.tag_ == "NNS"
                and t.lower_ in ANON_PLURAL_HEADS | {"eyewitnesses", "workers", "survivors"}
                and t.dep_ in ("pobj", "attr", "dobj")
            ):
                toks = [x for x in t.subtree if not x.is_punct or x.text == "-"]
                first = toks[0].i + (1 if toks[0].lower_ == "the" else 0)
                txt = q.doc[first : toks[-1].i + 1].text
                if len(txt.split()) > 12:
                    return None
                a = self.actor(txt, "other", None, role="anonymous sources")
                a.agent = True
                self._note(q, first, toks[-1].i + 1, a, t.i)
                return a.name
        return None

    def _previous_subject(self, p: Para, head: Token) -> tuple[Para, Token] | None:
        """The subject of the main verb of the sentence before ``head``'s sentence (in
        this paragraph or at the end of the one before)."""
        before = self._sentence_before(p, head)
        if before is None:
            return None
        q, prev = before
        subj = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return (q, subj) if subj is not None else None

    def _sentence_before(self, p: Para, head: Token) -> tuple[Para, Span] | None:
        """The sentence before ``head``'s (in this paragraph or the last of the one before)."""
        sent = head.sent
        if sent.start > 0:
            return p, p.doc[sent.start - 1].sent
        if p.index > 0 and len(self.paras[p.index - 1].doc):
            q = self.paras[p.index - 1]
            return q, q.doc[-1].sent
        return None

    def _opening_person(self, q: Para) -> str | None:
        """The person who is the subject of a paragraph's first sentence, if named there."""
        if not len(q.doc):
            return None
        sent = next(iter(q.doc.sents))
        subj = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
        m = self.mention_at(q, subj) if subj is not None else None
        if m is None or self.actors[m.actor].kind != "person":
            return None
        return m.actor

    def _coordinated_previous_subject(self, p: Para, head: Token) -> tuple[Para, Token] | None:
        """The subject of the sentence before when it opens that sentence and is coordinated
        ("Ann Lowe and Raj Patel wrote ..."), for a "They" that takes the pair up."""
        prev = self._previous_subject(p, head)
        if prev is None or not any(c.dep_ == "conj" for c in prev[1].children):
            return None
        subj = prev[1]
        if subj.left_edge.i - subj.sent.start > 4:
            return None  # a name deep in a long sentence the parser made its subject
        return prev

    def _modifier_only(self, m: Mention) -> bool:
        """A one-word name used only as the modifier of a common noun ("the Brexit
        deadline"): not someone a pronoun or a title can take up."""
        if " " in m.text.strip():
            return False
        tok = self.paras[m.para].doc[m.token]
        return tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and tok.head.i > tok.i

    def _protagonist(self, pos: int) -> str | None:
        """The person named most often before ``pos`` (at least twice, outside quotations)
        with no title of their own: who an untitled article is about."""
        counts: Counter[str] = Counter()
        for m in self.mentions:
            if m.start >= pos:
                break
            a = self.actors.get(m.actor)
            if a is None or a.kind != "person" or a.role or m.in_quote:
                continue
            if fold(a.name) in self.excluded or self._modifier_only(m):
                continue
            counts[a.name] += 1
        top = counts.most_common(2)
        if not top or top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
            return None  # nobody named twice, or no one named more than the rest
        return top[0][0]

    def _ministry_of_minister(self, pos: int) -> str | None:
        """'the ministry' before any ministry is named: the ministry of the minister named
        last ("Fisheries Minister Aminata Sow ... According to the ministry")."""
        best = None
        for m in self.mentions:
            if m.start >= pos:
                break
            a = self.actors.get(m.actor)
            if a is not None and a.kind == "person" and a.role:
                mm = re.search(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) [Mm]inister\b", a.role)
                if mm and fold(mm.group(1)) not in ("prime", "foreign affairs"):
                    best = (mm.group(1), a.country)
                elif re.search(r"\bForeign [Mm]inister\b", a.role):
                    best = ("foreign", a.country)
        if best is None:
            return None
        topic, iso = best
        iso = iso or self.default_country or self._text_country()
        if not iso:
            return None
        name = self.gz.ministry_name(topic.lower(), iso)
        act = self.actor(name, "ministry", iso)
        act.agent = True
        return act.name

    def _country_named_org(self, p: Para, head: Token, m: Mention):
        """'Water UK, which represents the industry, said': a body whose name ends in a
        country name is not the country."""
        a = self.actors.get(m.actor)
        if a is None or a.kind not in ("country", "government"):
            return None
        doc = head.doc
        first = head.i
        while (
            first > 0
            and doc[first - 1].dep_ == "compound"
            and doc[first - 1].head.i == head.i
            and doc[first - 1].text[:1].isupper()
            and not self.gz.any_country_iso(doc[first - 1].text)
            and not self._role_token(doc[first - 1])
            and (
                (p.index, first - 1) not in self.by_token
                or self.actors[self.by_token[(p.index, first - 1)].actor].kind
                in ("media", "organisation", "person")
            )
        ):
            first -= 1  # also over a piece NER split off: "Rights Monitor" + "Nigeria"
        if first == head.i:
            return None
        if (
            first == head.sent.start
            and not doc[first].ent_type_
            and doc[first].pos_ not in ("PROPN", "NOUN")
        ):
            return None  # a capitalised sentence-initial function word is no name part
        span = doc[first : head.i + 1]
        org = self.actor(span.text, "organisation", a.country)
        org.agent = True
        mm = self.add_mention(p, span.start, span.end, org, "name", head=head.i)
        for i in range(span.start, span.end):
            self.by_token[(p.index, i)] = mm
        self.mentions.sort(key=lambda x: x.start)
        return org.name, (mm.start, mm.end)

    def _name_after_title(self, p: Para, head: Token):
        """'Minister for Health Stephen Donnelly said': NER found no name; the person is the
        capitalised run that closes the title, from its first given name."""
        doc = head.doc
        pobj = head.right_edge
        prep = pobj.head
        if any(c.dep_ == "det" for c in head.children):
            return None  # "a spokesman for Speaker X" is no title before a name
        if (
            pobj.dep_ != "pobj"
            or pobj.tag_ != "NNP"
            or prep.lower_ not in ("for", "of")
            or pobj.i - head.i > 10
        ):
            return None
        mm = self.mention_at(p, pobj)
        if mm is not None:
            a = self.actors.get(mm.actor)
            return (mm.actor, (mm.start, mm.end)) if a and a.kind == "person" else None
        chain = [t for t in doc[prep.i + 1 : pobj.i + 1] if t.lower_ not in ("the",)]
        if len(chain) < 3 or any(not t.text[:1].isupper() for t in chain):
            return None  # "Minister for Health Stephen Donnelly": topic + given name + surname
        given = self.gz.male_names | self.gz.female_names
        first = next((t.i for t in chain if fold(t.text) in given), pobj.i - 1)
        if pobj.i - first < 1:
            return None
        span = doc[first : pobj.i + 1]
        txt = span.text
        canon = self._match_person([fold(t.text) for t in span])
        a = (
            (self.actors.get(canon) or self.actor(canon, "person"))
            if canon
            else self.actor(txt, "person")
        )
        if canon is None:
            self._person_keys[fold(txt)] = a.name
        a.agent = True
        if not any((p.index, t.i) in self.by_token for t in span):
            self.add_mention(p, span.start, span.end, a, "name")
            self.mentions.sort(key=lambda x: x.start)
        return a.name, (p.offset + span.start_char, p.offset + span.end_char)

    def _party_member(self, pos: int, party: str) -> str | None:
        """The person last described as "X, a Republican," before ``pos``."""
        best = None
        for m in self.mentions:
            if m.start >= pos:
                break
            a = self.actors.get(m.actor)
            if a is None or a.kind != "person":
                continue
            after = self.full_text_at(m.end, 40)
            if re.match(rf",\s+an?\s+(?:\w+\s+)?{re.escape(party)}\b", after, re.I):
                best = a.name
        return best

    def _named_before(self, pos: int, noun: str) -> str | None:
        """The last name written before ``pos`` as capitalised words and then ``noun``
        ("the Al-Qadir Trust case" for "the case")."""
        found = None
        for q in self.paras:
            if q.offset >= pos:
                break
            text = q.text[: max(0, pos - q.offset)]
            for m in re.finditer(rf"\b((?:[A-Z][\w'’]*(?:-[A-Z][\w'’]*)* )+){noun}\b", text):
                words = m.group(1).split()
                while words and words[0] in ("The", "A", "An", "In", "On", "At"):
                    words = words[1:]
                if words:
                    found = f"{' '.join(words)} {noun}"
        return found

    def full_text_at(self, pos: int, n: int) -> str:
        for q in self.paras:
            if q.offset <= pos <= q.offset + len(q.text):
                return q.text[pos - q.offset : pos - q.offset + n]
        return ""

    @staticmethod
    def _closing_name(head: Token) -> Token | None:
        """An apposition that closes the noun phrase, hung by the parser on a noun inside
        it: "A spokesman for the European Commission, Paolo Rinaldi, told ..."."""
        doc = head.doc
        right = head.right_edge
        while right.i > head.i and right.is_punct:
            right = doc[right.i - 1]
        for t in head.subtree:
            if (
                t.dep_ == "appos"
                and t.head.i != head.i
                and t.right_edge.i == right.i
                and t.pos_ == "PROPN"
            ):
                return t
        return None

    def _note(self, p: Para, start: int, end: int, a: Actor, head: int) -> None:
        """Record a mention found while resolving, so later pronouns and role nouns can
        refer back to it ("Analysts at X said ... They believe ...")."""
        if (p.index, head) in self.by_token:
            return
        self.add_mention(p, start, end, a, "np", head=head)
        self.mentions.sort(key=lambda x: x.start)

    def np_actor(
        self, p: Para, head: Token, documents: bool = False
    ) -> tuple[str | None, tuple[int, int] | None]:
        """An actor named by the noun phrase itself (unnamed sources: 'a study by ...').
        With ``documents``, a document with no known author is a source of its own
        ("according to a memo obtained by the paper")."""
        doc = head.doc
        if head.lower_ in WEEKDAYS_MONTHS:
            return None, None  # "..., said Monday": a time, never a source
        nxt = head.i + 1
        if head.lower_ in NAMED_SOURCE_NOUNS and nxt < len(doc) and doc[nxt].pos_ == "PROPN":
            # "according to the website Down Detector": the source by its name
            end = nxt
            while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
                end += 1
            a = self.actor(doc[nxt:end].text, "media", None)
            a.agent = True
            self._note(p, nxt, end, a, end - 1)
            return a.name, (tok_start(p, doc[nxt]), tok_end(p, doc[end - 1]))
        if head.lemma_.lower() in ("interview", "conversation", "discussion"):
            # "according to interviews with six officials": those officials
            prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "with"), None)
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep else None
            if pobj is not None:
                return self.np_actor(p, pobj, documents=documents)
        poss = next((c for c in head.children if c.dep_ == "poss"), None)
        if (
            poss is not None
            and head.tag_ == "NNS"
            and self._role_token(head)
            and poss.lower_ not in ("our", "my", "your")
        ):
            # "His advisers believe ...", "Reyes's aides argued ...": the possessor's people
            owner, _ = self.resolve_np(p, poss)
            if owner is not None and self.actors[owner].kind != "other":
                # named as written ("Clinton's aides"); a pronoun gives way to the name
                written = doc[poss.left_edge.i : head.i + 1].text
                if poss.pos_ == "PRON":
                    written = f"{owner}'s {head.text.lower()}"
                a = self.actor(written, "other", None, role="aides")
                a.agent = True
                a.add_alias(doc[poss.left_edge.i : head.i + 1].text)
                self._note(p, poss.left_edge.i, head.i + 1, a, head.i)
                return a.name, (tok_start(p, poss.left_edge), tok_end(p, head))
        start = head.left_edge.i
        lead = self.mention_at(p, doc[start])
        if (
            lead is not None
            and start + 1 < head.i
            and doc[lead.token + 1].text in ("-", "–", "—")
            and self.actors[lead.actor].kind != "person"
        ):
            # "MI5 - Britain's domestic security service - says": the body, then a gloss
            return lead.actor, (lead.start, lead.end)
        while start < head.i and p.offset + doc[start].idx < self.dateline_end:
            start += 1  # the dateline is no part of the subject
        poss = next((c for c in head.children if c.dep_ == "poss"), None)
        if poss is not None and poss.left_edge.i > start:
            start = poss.left_edge.i  # "a move farmers' groups warned ...": the possessor opens
        if (
            doc[start].lower_ in ("a", "an")
            and head.tag_ == "NNS"
            and start + 2 <= head.i
            and doc[start + 1].tag_ == "NN"
        ):
            start += 2  # "a move shop owners' groups": "a move" is the clause's antecedent
        if doc[start].lower_ in ("both", "either") and doc[start].dep_ in ("preconj", "det"):
            start += 1  # "Both a trial judge and the appeals court said": each in turn
        end = head.i + 1
        rel = [t.left_edge.i for t in doc[head.i : head.right_edge.i + 1] if t.dep_ == "relcl"]
        stops = ("relcl", "appos", "cc", "conj")
        stops = stops if documents else (*stops, "acl")
        for c in head.rights:
            joined = (
                documents
                and c.dep_ in ("cc", "conj")
                and head.pos_ == "NOUN"
                and any(x.dep_ == "conj" and x.pos_ == "NOUN" for x in head.rights)
            )  # "according to documents and an audio recording obtained by Nature"
            joined = joined or (
                head.tag_ == "NNS"
                and c.dep_ in ("cc", "conj")
                and any(
                    x.dep_ == "conj" and x.tag_ == "NNS" and not x.ent_type_ for x in head.rights
                )
            )  # "Patients and families say": one group, as written
            if (c.dep_ in stops or c.is_punct) and not joined:
                break  # a document keeps what names it: "a memo obtained by the paper"
            end = c.right_edge.i + 1
        comma = next(
            (
                t.i
                for t in doc[head.i : end]
                if t.text in (",", "(", "—")
                or (t.text in ("–", "-") and doc[t.i - 1].whitespace_)  # not "south-west"
            ),
            None,
        )
        if comma is not None:
            end = comma  # "Farmers in the south-west, where ...,"
        end = min([end] + [i for i in rel if i > head.i])  # "companies that sell clothing"
        toks = doc[start:end]
        if any(t.lower_ in ("which", "whom", "whose") for t in toks):
            return None, None  # "vast swathes of which": a relative clause, not a source
        txt = re.sub(r"^the\s+", "", toks.text, flags=re.I).strip()
        if not txt or len(txt.split()) > (12 if documents else 8) or head.pos_ == "PRON":
            return None, None
        outlet = next((t for t in toks if t.lower_ in OUTLET_NOUNS and t.i < head.i), None)
        if (
            outlet is not None
            and head.pos_ == "PROPN"
            and all(t.pos_ == "PROPN" for t in doc[outlet.i + 1 : head.i + 1])
        ):
            # "Regional broadcaster Tigray TV reported", "the daily Kommersant wrote": the
            # outlet by its name
            name_span = doc[outlet.i + 1 : head.i + 1]
            a = self.actor(name_span.text, "media", None)
            a.agent = True
            self._note(p, name_span.start, name_span.end, a, head.i)
            return a.name, (p.offset + name_span.start_char, p.offset + name_span.end_char)
        if head.lower_ == "side" and head.tag_ == "NN":
            # "the U.S. side told Tokyo", "the Chinese side said": that country's government
            for t in toks:
                iso = self.gz.any_country_iso(t.text) or self.gz.demonym_iso(t.text)
                if iso and iso in self.gz.countries:
                    gov = self.actor(self.gz.countries[iso].government, "government", iso)
                    gov.agent = True
                    return gov.name, (p.offset + toks.start_char, p.offset + toks.end_char)
        if documents and head.lemma_.lower() in DOC_NOUNS:
            author = self.doc_author(p, head)
            if author:
                return author, (p.offset + toks.start_char, p.offset + toks.end_char)
        elif head.lemma_.lower() in NOT_ACTOR_WORDS | (DOC_NOUNS - AUTHORED_NOUNS) | {
            "plan",
            "proposal",
            "bill",
            "measure",
            "move",
        }:
            return None, None
        if (
            self._role_token(head)
            and head.tag_ != "NNS"  # "the premiers said": a group of office holders
            and not any(c.dep_ in ("prep",) for c in head.children)
        ):
            quals = [t for t in toks if t.i < head.i and t.dep_ != "det"]
            if not quals or any(t.lower_ in ("our", "my", "your", "its", "their") for t in quals):
                return None, None  # "our President", "the minister": a role, not a name
            if end < len(doc) and doc[end].text == ",":
                # "Sweden's labour minister, Per Ekström, urged" with the name misparsed
                for t in doc[end + 1 : end + 5]:
                    m = self.mention_at(p, t)
                    a = self.actors.get(m.actor) if m is not None else None
                    if a is not None and a.kind == "person":
                        return a.name, (tok_start(p, t), tok_end(p, t))
            words = [fold(t.text) for t in toks if t.dep_ != "det"]
            later = self._holder_named_later(tok_start(p, head), head.lower_, words, limit=600)
            if later:
                # "the Gulf nation's prime minister said X. ... Prime Minister Sheikh Y
                # told the forum": the holder the text names next
                return later, (p.offset + toks.start_char, p.offset + toks.end_char)
            # "Britain's transport minister said", "the country's finance minister": an
            # office holder the text never names is a person named as the text describes
            iso = next(
                (
                    i
                    for t in quals
                    if (i := self.gz.any_country_iso(t.text) or self.gz.demonym_iso(t.text))
                ),
                None,
            ) or (self._text_country() if any(t.lower_ == "country" for t in quals) else None)
            a = self.actor(
                txt,
                "person",
                iso,
                role=" ".join(
                    t.text
                    for t in toks
                    if t.dep_ != "det"
                    and t.dep_ != "poss"
                    and t.tag_ != "POS"
                    and not (self.gz.any_country_iso(t.text) or self.gz.demonym_iso(t.text))
                )
                or None,
            )
            a.agent = True
            self._note(p, toks.start, toks.end, a, head.i)
            return a.name, (p.offset + toks.start_char, p.offset + toks.end_char)
        if any(c.lower_ in ("our", "my", "your", "we") for c in head.children):
            return None, None
        names = [t for t in toks if t.dep_ != "det"][:-1]
        if (
            head.tag_ in ("NN", "NNP")
            and head.text.islower()
            and head.lower_ in ORG_GENERIC
            and names
            and all(
                t.pos_ == "PROPN"
                and t.text[:1].isupper()
                or 0 < k < len(names) - 1
                and t.lower_ in ("of", "for", "from", "and", "the", "&")
                for k, t in enumerate(names)
            )  # also "The Freedom from Torture charity"
            and not any(self.gz.any_country_iso(t.text) for t in names)
        ):
            # "The Resolution Foundation thinktank said": the body is named by its name,
            # and "the thinktank" takes it up later
            a = self.actor(" ".join(t.text for t in names), "organisation", None)
            a.agent = True
            a.role_words.add(head.lower_)
            self._note(p, names[0].i, names[-1].i + 1, a, names[-1].i)
            return a.name, (tok_start(p, names[0]), tok_end(p, head))
        if head.pos_ == "NOUN" and head.tag_ == "NN" and txt.lower() == head.lower_:
            # "The case alleges ..." after "the Al-Qadir Trust case": the thing so named
            named = self._named_before(tok_start(p, head), head.lower_)
            if named:
                txt = named
        a = self.actor(txt, "other", None, role="source")
        a.agent = True
        # later role nouns ("the office said") and pronouns find it again
        self._note(p, toks.start, toks.end, a, head.i)
        return a.name, (p.offset + toks.start_char, p.offset + toks.end_char)

    def doc_author(self, p: Para, head: Token) -> str | None:
        """Who issued a resolution/statement/text: the subject of 'adopted a resolution', or
        for 'The text calls for ...' the author of the most recent such document."""
        verb = head.head
        for c in head.children:
            # "a poll by Datafolha", "a report from the World Bank"
            if c.dep_ == "prep" and c.lower_ in ("by", "from", "of") and c.i == head.i + 1:
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None and (
                    pobj.pos_ == "PROPN"
                    or pobj.ent_type_ in ("ORG", "PERSON")
                    or (c.lower_ == "from" and pobj.pos_ == "NOUN")
                ):
                    # also "a statement from the regional health agency"
                    name, _ = self.resolve_np(p, pobj)
                    if not name:
                        name, _ = self.np_actor(p, pobj)
                    if name:
                        return name
            # "a study published by the University of X" (but "a memo obtained by X" is
            # not X's memo)
            if c.dep_ == "acl" and c.lemma_.lower() in ("report", "publish", "carry", "run"):
                # "a story reported in the Albuquerque Journal": the outlet that ran it
                inn = next((g for g in c.children if g.dep_ == "prep" and g.lower_ == "in"), None)
                pobj = next((g for g in inn.children if g.dep_ == "pobj"), None) if inn else None
                if pobj is not None and pobj.pos_ == "PROPN":
                    name, _ = self.resolve_np(p, pobj)
                    if name:
                        return name
            if c.dep_ == "acl" and c.lemma_.lower() in AUTHOR_VERBS | DRAFT_VERBS:
                ag = next((g for g in c.children if g.dep_ == "agent"), None)
                pobj = (
                    next((g for g in ag.children if g.dep_ == "pobj"), None)
                    if ag is not None
                    else None
                )
                if pobj is not None:
                    name, _ = self.resolve_np(p, pobj)
                    if name:
                        return name
        if head.dep_ in ("dobj", "nsubjpass") and verb.pos_ in ("VERB", "AUX"):
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "agent")), None)
            if subj is not None and subj.dep_ == "agent":
                subj = next((c for c in subj.children if c.dep_ == "pobj"), None)
            if subj is not None and subj.lemma_.lower() not in DOC_NOUNS:
                name, _ = self.resolve_np(p, subj)
                if name:
                    self._doc_authors.append((tok_start(p, head), name))
                    return name
        pos = tok_start(p, head)
        if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children):
            return None  # "a memo" is no document named before
        if self._doc_objs is None:
            self._doc_objs = []
            for q in self.paras:
                for t in q.doc:
                    if (
                        t.lemma_.lower() in DOC_NOUNS
                        and t.dep_ == "dobj"
                        and t.head.lemma_.lower() in AUTHOR_VERBS
                    ):
                        subj = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
                        if subj is not None:
                            self._doc_objs.append((tok_start(q, t), q, subj))
                    elif (
                        t.lemma_.lower() in DOC_NOUNS
                        and t.dep_ == "pobj"
                        and t.head.lower_ in ("in", "with")
                        and t.head.head.pos_ == "VERB"
                    ):  # (also "sharpened his criticism with a radio ad")
                        # "the two governments said in a joint statement"
                        subj = next((c for c in t.head.head.children if c.dep_ == "nsubj"), None)
                        if subj is not None and subj.pos_ != "PRON":
                            self._doc_objs.append((tok_start(q, t), q, subj))
                    elif t.lemma_.lower() in DOC_NOUNS:
                        # "a tentative ruling adopted by Judge X"
                        for c in t.children:
                            if (
                                c.dep_ != "acl"
                                or c.lemma_.lower() not in AUTHOR_VERBS | DRAFT_VERBS
                            ):
                                continue
                            ag = next((g for g in c.children if g.dep_ == "agent"), None)
                            pobj = (
                                next((g for g in ag.children if g.dep_ == "pobj"), None)
                                if ag is not None
                                else None
                            )
                            if pobj is not None:
                                self._doc_objs.append((tok_start(q, t), q, pobj))
        best = None
        for start, q, subj in self._doc_objs:
            if start >= pos:
                break
            name, _ = self.resolve_np(q, subj)
            if name:
                best = name
        return best

    def recent(
        self, pos: int, kinds: tuple[str, ...], gender: str | None = None, _depth: int = 0
    ) -> str | None:
        """Most recent compatible actor before ``pos``: the latest sentence that mentions one,
        its subject first (a pronoun usually picks up the previous subject)."""
        last_sent = None
        in_sent: list[Mention] = []
        own_quote = next((q for q in self.quoted if q[0] <= pos < q[1]), None)
        for m in self.mentions:
            if m.start >= pos:
                break
            if m.in_quote and not (own_quote and own_quote[0] <= m.start < own_quote[1]):
                continue  # names inside someone's quotation are not antecedents outside it
            a = self.actors.get(m.actor)
            if a is None or a.kind not in kinds or fold(a.name) in self.excluded:
                continue  # (bylined reporters are nobody's antecedent)
            if gender and a.gender and a.gender != gender:
                continue
            if a.kind == "person" and self._modifier_only(m):
                continue  # "the Brexit deadline": a word the model took for a name
            if m.sent != last_sent:
                last_sent = m.sent
                in_sent = []
            in_sent.append(m)
        if not in_sent:
            return None
        subj = [m for m in in_sent if m.subject]
        if gender and len(subj) > 1:
            # "X refused comment, but spokesman Y says ...": of the sentence's subjects,
            # the one who speaks is the one a speaker's pronoun takes up
            doc = self.paras[subj[0].para].doc

            def verb_of(m: Mention) -> Token:
                v = doc[m.token].head
                return v.head if v.text.rstrip(".") in POSTNOMINALS else v  # "Mr Price KC"

            speaking = [
                m
                for m in subj
                if verb_of(m).lemma_.lower() in self.gz.cue_category
                and verb_of(m).lemma_.lower() not in ("refuse", "decline")
                and not any(c.dep_ == "auxpass" for c in verb_of(m).children)
            ]  # (not "Newton had not been charged")
            main = [m for m in speaking if verb_of(m).dep_ == "ROOT"]
            speaking = main or speaking  # "Ravi is speaking like X, alleged Alagiri": Alagiri
            if speaking and speaking[0] is not subj[0]:
                subj = speaking
        choice = (subj or in_sent)[0]
        if _depth < 3 and all(self._in_background_clause(m) for m in in_sent):
            # "... the biggest shift since Nelson Mandela led the party to victory in 1994.
            # 'It is a privilege,' the 71-year-old leader said": someone named only in a
            # clause of the past the sentence compares with is no antecedent
            doc = self.paras[choice.para].doc
            start = self.paras[choice.para].offset + doc[choice.token].sent.start_char
            earlier = self.recent(start, kinds, gender, _depth=_depth + 1)
            if earlier:
                return earlier
        if gender and _depth < 3:
            # "He said he backed President Kress in 2013. 'Leave me alone,' he said": a
            # sentence whose own subject is the same pronoun carries on an earlier person;
            # someone it names below its main subject is no antecedent
            doc = self.paras[choice.para].doc
            ht = doc[choice.token]
            sent = ht.sent
            main = ht.dep_ in ("nsubj", "nsubjpass") and ht.head.i == sent.root.i
            pron = "he" if gender == "m" else "she"
            if not main and any(
                t.lower_ == pron and t.dep_ in ("nsubj", "nsubjpass") and t.i < ht.i for t in sent
            ):
                earlier = self.recent(
                    self.paras[choice.para].offset + sent.start_char,
                    kinds,
                    gender,
                    _depth=_depth + 1,
                )
                if earlier:
                    return earlier
        return choice.actor

    def _in_background_clause(self, m: Mention) -> bool:
        """Whether a mention sits in a 'since'/'until' clause of the sentence ("the biggest
        shift since Nelson Mandela led the party to victory")."""
        t = self.paras[m.para].doc[m.token]
        while t.head.i != t.i:
            if t.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in ("since", "until") for c in t.children
            ):
                return True
            t = t.head
        return False

    def _next_person(self, pos: int, gender: str | None, last_para: int) -> str | None:
        """The first person named after ``pos`` (up to paragraph ``last_para``), outside
        quotations, whose gender does not contradict ``gender``."""
        for m in self.mentions:
            if m.start < pos or m.in_quote:
                continue
            if m.para > last_para:
                return None
            a = self.actors.get(m.actor)
            if a is None or a.kind != "person" or fold(a.name) in self.excluded:
                continue
            if gender and a.gender and a.gender != gender:
                continue
            return a.name
        return None

    def _holder_named_later(self, pos: int, head: str, words: list[str], limit: int) -> str | None:
        """The holder of the title ``words`` (head noun ``head``) the text names after
        ``pos``: its qualifying title words must match (only the words of the title, not
        "Gulf nation's"), and its country where the phrase names one."""
        mods = {
            w
            for w in self._role_mods(words)
            if w in self.gz.role_words or w in self.gz.ministry_topic_words
        }
        return self._next_with_role(
            pos, head, limit=limit, mods=mods, country=self._role_country(words)
        )

    def _role_mods(self, words: list[str]) -> set[str]:
        """The qualifying words of a role phrase ("Japan's foreign minister" -> {"foreign"}):
        no determiners, possessives, countries or words like "former"."""
        out = set()
        for w in words[:-1]:
            w = w.strip("'’")
            if not w or w in ROLE_MOD_STOP or w in ("s",) or self.gz.any_country_iso(w):
                continue
            out.add(w)
        return out

    def _role_country(self, words: list[str]) -> str | None:
        """The country a role phrase names ("Hungary's prime minister", "the Italian
        premier"), if any."""
        for w in words[:-1]:
            w = w.strip("'’")
            if w.endswith("'s") or w.endswith("’s"):
                w = w[:-2]
            iso = self.gz.any_country_iso(w) or self.gz.demonym_iso(w)
            if iso:
                return iso
        return None

    def _next_with_role(
        self, pos: int, head: str, limit: int, mods: set[str] | None = None, country=None
    ) -> str | None:
        """The first person named right after ``pos`` with ``head`` in the title (and the
        qualifying words ``mods``: a foreign minister is no prime minister; ``country``:
        Hungary's prime minister is not Italy's)."""
        for m in self.mentions:
            if pos < m.start <= pos + limit and m.via == "name":
                a = self.actors.get(m.actor)
                if a is None or a.kind != "person":
                    continue
                if country and a.country and a.country != country:
                    continue
                rw = set(fold(a.role or "").split()) | set(a.role_words)
                lo = max(m.start - 30, self.paras[m.para].offset)  # (within its paragraph)
                before = set(fold(self.full_text_at(lo, m.start - lo)).split())
                if (head in rw or head in before) and (not mods or mods <= rw | before):
                    return a.name
        return None

    def next_named(self, pos: int, kinds: tuple[str, ...], limit: int) -> str | None:
        """'the regulator said' before the regulator is named: the first body of that kind
        named right after (within ``limit`` characters)."""
        for m in self.mentions:
            if pos < m.start <= pos + limit and m.via == "name":
                a = self.actors.get(m.actor)
                if a is not None and a.kind in kinds:
                    return a.name
        return None

    def recent_role(self, pos: int, words: list[str], person: bool) -> str | None:
        head = words[-1] if words else ""
        mods = self._role_mods(words) if person else set()
        country = self._role_country(words) if person else None
        heads = {head}
        if head in SPOKES:
            heads = SPOKES
        elif head in ROLE_SYNONYMS:
            heads = ROLE_SYNONYMS[head]  # "Tesla chief executive X ... the CEO said"
        best = None
        generic = None
        boss = None
        same_country = None  # a holder of the country the role names beats one of no country
        exact = None  # the latest holder of the very title the role noun names
        for m in self.mentions:
            if m.start >= pos:
                break
            a = self.actors.get(m.actor)
            if a is None:
                continue
            if person:
                if a.kind != "person" or (country and a.country and a.country != country):
                    continue
                if m.in_quote and head in ROLE_SYNONYMS:
                    continue  # '"I will call Trump," said the Brazilian leader'
                rw = set(fold(a.role or "").split()) | set(a.role_words)
                if {"top", "diplomat"} <= rw:
                    rw |= {"foreign", "minister", "secretary"}  # "Argentina's top diplomat"
                if mods and a.role and not mods <= rw:
                    if (
                        head in BOSS_WORDS
                        and rw & BOSS_WORDS
                        and not rw & BODY_KIND_WORDS
                        and not (mods | rw) & self.gz.party_adjectives  # "the Liberal leader"
                    ):
                        # "Ryanair chief executive X ... the airline boss said": the sector
                        # word names the body, which the title may not (but a "union leader"
                        # heads another kind of body)
                        boss = a.name
                    continue  # "the foreign minister" is not the prime minister
                if (
                    a.role_words & heads
                    or (rw & heads and "diplomat" in rw)
                    or (a.role and fold(a.role).split()[-1:] and set(fold(a.role).split()) & heads)
                ):
                    best = a.name
                    if country and a.country == country:
                        same_country = a.name
                    if head in a.role_words or head in fold(a.role or "").split():
                        exact = a.name  # "the premier": Premier X, not Prime Minister Y
                elif head in ("chief", "head", "boss") and mods and mods <= rw and rw & TOP_TITLES:
                    best = a.name  # "NATO Secretary-General X ... the NATO chief said"
                elif head in BOSS_WORDS and rw & BOSS_WORDS:
                    # "Castlebridge boss Ian Fletcher ... the Castlebridge manager said"
                    mods = {w for w in words[:-1] if w not in ("the", "his", "her", "their")}
                    if not mods or mods & rw:
                        best = a.name
            else:
                if a.kind == "person" or (a.kind == "other" and a.role in VOICE_ROLES):
                    continue  # nor "a spokesperson for the company" for "the company"
                nm = set(fold(a.name).split()) | {w for al in a.aliases for w in fold(al).split()}
                nm |= a.role_words  # "Nordair, Scandinavia's second-largest airline"

                content = {
                    w for w in words[:-1] if w not in ("the", "its", "his", "her", "their", "our")
                }
                if (
                    (content and content <= nm)
                    or heads & nm
                    or (head == "authorities" and a.kind == "government")
                    or (
                        head in ("government", "administration")
                        and a.kind == "government"
                        and not nm & STATE_BODY_WORDS  # a senate or court is no government
                    )
                    or (head == "group" and a.kind == "armed_group")
                ):
                    if head == "guard" and "coast" in words and "coast" not in nm:
                        continue
                    best = a.name
                elif (
                    head in ORG_GENERIC
                    and a.kind in ORG_GENERIC[head]
                    and not content
                    and not (m.in_quote)
                ):
                    # "the company", "the group": the latest body of a fitting kind
                    generic = a.name
        if exact is not None and head in ROLE_SYNONYMS and head != "leader":
            best = exact
        return same_country or best or generic or boss

    # -- canonical names ---------------------------------------------------------------
    def canonical_names(self, ntext: str, folded_text: str) -> dict[str, str]:
        """New canonical names for actors the text names in a form annotators do not use:
        old name -> new name (the caller renames, merging where the new name exists)."""
        gz = self.gz
        renamed: dict[str, str] = {}
        for a in list(self.actors.values()):
            # an outlet by the fullest form the text gives ("Yonhap News Agency" where the
            # gazetteer's name, "Yonhap", is not in the text)
            outlet = gz.outlets.get(a.name) if a.kind == "media" else None
            if outlet is None:
                continue
            forms = [f for f in outlet.aliases if not f.isupper() and _in_text(f, folded_text)]
            rest = folded_text
            for f in sorted(forms, key=len, reverse=True):
                rest = re.sub(r"\b" + re.escape(fold(f)) + r"\b", " ", rest)
            if forms and not _in_text(a.name, rest) and len(max(forms, key=len)) > len(a.name):
                renamed[a.name] = max(forms, key=len)
        for a in list(self.actors.values()):
            # a national court named generically, with its country, as annotators do
            # ("Spain's Supreme Court" -> "Supreme Court of Spain")
            generic = max(
                (c for c in NATIONAL_COURTS if a.name == c or a.name.endswith(" " + c)),
                key=len,
                default=None,
            )
            if generic is None or a.kind not in ("government", "organisation", "other"):
                continue
            lead = a.name[: -len(generic)].strip().removesuffix("'s").removesuffix("’s")
            lead_iso = gz.any_country_iso(lead) or gz.demonym_iso(lead) if lead else None
            if lead and not lead_iso:
                continue
            iso = (
                lead_iso
                or self._country_before(a, ntext)
                or a.country
                or self.default_country
                or self._home_country()
                or self._text_country()
            )
            if iso in gz.countries:
                a.country = a.country or iso
                renamed[a.name] = f"{generic} of {gz.countries[iso].display}"
        for a in list(self.actors.values()):
            # a body's short form given in brackets after its full name ("The Africa Centers
            # for Disease Control and Prevention (Africa CDC) said ... the Africa CDC
            # declared"): the short form and its initials are that body
            if a.kind not in ("organisation", "government", "ministry") or " " not in a.name:
                continue
            for short in re.findall(rf"{re.escape(a.name)} \(([^()]{{2,30}})\)", ntext):
                acro = [w for w in short.split() if w.isupper() and len(w) >= 2 and w.isalpha()]
                if not acro:
                    continue
                a.add_alias(short)
                for other in (short, *acro):
                    b = self.actors.get(other)
                    if b is not None and b is not a and b.kind != "person" and other not in renamed:
                        renamed[other] = a.name
        for a in list(self.actors.values()):
            # a party named by its members ("The Conservatives said"): the party's name as
            # the text writes it in full ("Liberal Party of Canada"), else "<Adj> Party"
            adj = PARTY_OF_PLURAL.get(fold(a.name))
            if (
                adj is None
                or a.kind == "person"
                or not re.search(rf"\b[Tt]he {re.escape(a.name)}\b", ntext)
            ):
                continue  # (bare "Republicans said": some of them, as written)
            full = re.search(rf"\b{adj} Party(?: of(?: the)? [A-Z][\w.]+(?: [A-Z][\w.]+)?)?", ntext)
            local = gz.local_orgs.get((self.default_country or self._text_country(), fold(a.name)))
            a.kind = "organisation"
            renamed[a.name] = full.group(0) if full else local or f"{adj} Party"
        for a in list(self.actors.values()):
            # a national force named without its country: "Sudan's Armed Forces denied ..."
            # -> "Sudanese Armed Forces"
            if a.name not in NATIONAL_FORCES or a.kind == "person":
                continue
            iso = self._country_before(a, ntext) or a.country or self._text_country()
            country = gz.countries.get(iso or "")
            if country is not None and country.demonyms:
                a.country = a.country or iso
                renamed[a.name] = f"{country.demonyms[0]} {a.name}"
        owners = {
            fold(f): b
            for b in self.actors.values()
            if b.kind in ("media", "organisation")
            for f in (b.name, *b.aliases)
        }
        for a in list(self.actors.values()):
            # a unit named after its parent's possessive ("The BBC's Russian Service"): the
            # parent's name is part of its name
            if a.kind not in ("organisation", "government", "media") or not a.mentions:
                continue
            st = a.mentions[0][0]
            m = re.search(r"([A-Z][\w.&-]*)(?:'s|’s) $", ntext[max(0, st - 25) : st])
            owner = owners.get(fold(m.group(1))) if m else None
            if owner is not None and owner is not a and not a.name.startswith(owner.name):
                if owner.kind == "media":
                    a.kind = "media"
                renamed[a.name] = f"{m.group(1)} {a.name}"
        for a in list(self.actors.values()):
            # a head described before being named ("the company's head apologized ...
            # Kenji Ueda, the company's president, said"): the head named next
            if a.kind != "person" or not a.name[:1].islower() or not a.mentions:
                continue
            if fold(a.name).split()[-1] not in BOSS_WORDS:
                continue
            st = a.mentions[0][0]
            later = [
                (b.mentions[0][0], b.name)
                for b in self.actors.values()
                if b.kind == "person"
                and b.mentions
                and b.name[:1].isupper()
                and 0 < b.mentions[0][0] - st < 1500
                and (
                    (set(fold(b.role or "").split()) | b.role_words) & (BOSS_WORDS | TOP_TITLES)
                    or HEAD_APPOSITION.match(ntext, b.mentions[0][1])
                )
            ]
            if later:
                renamed[a.name] = min(later)[1]
        for a in list(self.actors.values()):
            # a person the text only ever names by surname after a title ("Mr Justice
            # Morris told the court"): named as the text names them, title and all
            if a.kind == "person" and " " not in a.name and "." not in a.name:
                titled = self._titled_surname(a.name, ntext)
                if titled:
                    renamed[a.name] = titled
        for a in list(self.actors.values()):
            # a body first described ("A French appeals court said ...") and named later
            # ("the Paris Court of Appeal said"): one actor, by its name
            words = a.name.split()
            if a.kind != "other" or words[0].lower() not in ("a", "an") or len(words) < 2:
                continue
            head = words[-1].lower()
            if head not in DESCRIBED_BODIES:
                continue
            named = [
                b.name
                for b in self.actors.values()
                if b.kind in ("government", "organisation", "ministry")
                and head.capitalize() in b.name.split()
            ]
            if len(named) == 1:
                renamed[a.name] = named[0]
        for a in list(self.actors.values()):
            # an unnamed source described with "the" ("the regional health agency said"):
            # named as written, article included, as annotators copy it
            if a.kind != "other" or not a.name[:1].islower() or not a.mentions or a.name in renamed:
                continue
            st = a.mentions[0][0]
            if (
                a.name.split()[0] not in ("a", "an", "the")
                and ntext[st : st + 4].lower() == "the "
                and fold(ntext[st + 4 : st + 4 + len(a.name)]) == fold(a.name)
            ):
                renamed[a.name] = "the " + a.name
        return renamed

    def _titled_surname(self, name: str, ntext: str) -> str | None:
        """The first titled form of a surname ("Mr Justice Morris") when every occurrence
        of the surname in the text follows a title or honorific, else None."""
        first = None
        for m in re.finditer(rf"\b{re.escape(name)}\b", ntext):
            words = ntext[max(0, m.start() - 40) : m.start()].split()
            k = len(words)
            while k and words[k - 1] in self.gz.honorifics_set:
                k -= 1
            if k == len(words) or (k and words[k - 1].lower() in ("the", "a", "an")):
                return None  # (bare, or a noun phrase: "before the General Election")
            first = first or " ".join([*words[k:], name])
        return first

    def _country_before(self, a: Actor, ntext: str) -> str | None:
        """The country written right before one of ``a``'s mentions ("Spain's Supreme
        Court", "the U.S. Supreme Court")."""
        for st, _ in a.mentions:
            m = re.search(
                r"([A-Z][\w.]*(?: [A-Z][\w.]*)?)(?:'s|’s)? $", ntext[max(0, st - 30) : st]
            )
            iso = m and (self.gz.any_country_iso(m.group(1)) or self.gz.demonym_iso(m.group(1)))
            if iso:
                return iso
        return None

    def _home_country(self) -> str | None:
        """The country whose government, ministries and titled people the text names most: a
        court named without a country is theirs ("The Supreme Court has ruled that the
        Rwanda policy is unlawful" in a British article about Rwanda)."""
        counts: dict[str, int] = {}
        for a in self.actors.values():
            if a.country and (
                a.kind in ("government", "ministry") or a.kind == "person" and a.role
            ):
                counts[a.country] = counts.get(a.country, 0) + (len(a.mentions) or 1)
        return max(counts, key=lambda k: counts[k]) if counts else None

    # -- output ----------------------------------------------------------------------
    def rename(self, old: str, new: str) -> None:
        """Give actor ``old`` the canonical name ``new`` everywhere in the index (merged
        into ``new`` when that actor exists)."""
        if old not in self.actors or old == new:
            return
        if new in self.actors:
            a = self.actors.pop(old)
            b = self.actors[new]
            b.add_alias(old)
            for x in a.aliases:
                b.add_alias(x)
            b.mentions.extend(a.mentions)
            b.agent = b.agent or a.agent
            b.important = b.important or a.important
            for m in self.mentions:
                if m.actor == old:
                    m.actor = new
            return
        a = self.actors.pop(old)
        a.name = new
        a.aliases.pop(new, None)
        self.actors[new] = a
        for m in self.mentions:
            if m.actor == old:
                m.actor = new
        for b in self.actors.values():
            if b.parent == old:
                b.parent = new

    def used(self, name: str | None) -> None:
        if name and name in self.actors:
            self.actors[name].important = True


def _in_text(form: str, folded_text: str) -> bool:
    return re.search(r"\b" + re.escape(fold(form)) + r"\b", folded_text) is not None
