"""The sample region's hand-made layout: the core's coordinates, names, planted plan features and counts per scale.

All coordinates in metres from the region's lower-left corner. Integer coordinates keep the planted measures exact.
"""

from __future__ import annotations

from dataclasses import dataclass

SAMPLE_CRS = "EPSG:3006"
ORIGIN_X = 430000.0
ORIGIN_Y = 6700000.0
CORE_WIDTH = 60000.0
CORE_HEIGHT = 40000.0
PRECISION_M = 0.001
DECIMALS = 3  # PRECISION_M as decimals of a metre

ROAD_MOTORWAY = "motorväg"
ROAD_NATIONAL = "nationell väg"
ROAD_REGIONAL = "regional väg"
ROAD_LOCAL = "lokal väg"

# River anchors: (point, meander amplitude of the leg starting here, flood zone half-width of that leg).
RIVER_MAIN: list[tuple[tuple[float, float], float, float]] = [
    ((0, 24500), 350, 400),
    ((6000, 23600), 250, 350),
    ((9400, 22900), 0, 300),  # straight: Västerbron
    ((10600, 22600), 250, 400),
    ((14000, 21500), 300, 450),
    ((20000, 20500), 200, 300),
    ((25000, 19500), 0, 150),  # embanked through Älvstad: Centrumbron
    ((31000, 19500), 0, 200),  # Rv 96 bridge
    ((34000, 18000), 150, 400),
    ((37000, 18000), 0, 500),  # planted flood reach (draft A)
    ((43000, 18000), 150, 400),
    ((46000, 18000), 0, 250),  # north arm around Holmen
    ((48000, 19600), 0, 250),  # planted flood reach (draft B), Holmbron
    ((53000, 19600), 0, 250),
    ((55000, 18000), 0, 350),  # Österbron
    ((60000, 17200), 0, 0),
]
RIVER_SOUTH_ARM: list[tuple[tuple[float, float], float, float]] = [
    ((46000, 18000), 0, 300),
    ((48000, 16400), 120, 300),
    ((53000, 16400), 0, 300),
    ((55000, 18000), 0, 0),
]
PLANTED_FLOOD_LEG_A = 9  # index of the leg in RIVER_MAIN
PLANTED_FLOOD_LEG_B = 12
FLOOD_RECT_A = (37000, 17500, 43000, 18500)
FLOOD_RECT_B = (48000, 19350, 53000, 19850)

# Bridges: (name, x, category, road number); each is a vertical road crossing a straight river leg.
BRIDGES = [
    ("Västerbron", 10000, ROAD_REGIONAL, "601"),
    ("Centrumbron", 28000, ROAD_LOCAL, ""),
    ("Holmbron", 50500, ROAD_REGIONAL, "603"),
    ("Österbron", 57500, ROAD_REGIONAL, "602"),
]

MOTORWAY = [
    (0, 11000),
    (6000, 11600),
    (12000, 12500),
    (17000, 13800),
    (22000, 15000),
    (27000, 15000),
    (32500, 15000),
    (40000, 15000),
    (45000, 14200),
    (50000, 13500),
    (55000, 13200),
    (60000, 13000),
]
RV96 = [
    (32500, 0),
    (32500, 5000),
    (32500, 10000),
    (32500, 15000),
    (32500, 17200),
    (32500, 18650),
    (32500, 18850),
    (32500, 21500),
    (32500, 24000),
    (32500, 26000),
    (31250, 30000),
    (30000, 34000),
    (29500, 37000),
    (29000, 40000),
]
RV97 = [(14000, 31000), (16000, 29500), (18000, 28000), (20000, 26250), (22000, 24500), (24000, 22850), (26000, 21200)]
RAILWAY = [
    (0, 30000),
    (7000, 30000),
    (14000, 30000),
    (19000, 25150),
    (24000, 20300),
    (25000, 20300),
    (31000, 20300),
    (34000, 20300),
    (39000, 21650),
    (44000, 23000),
    (48000, 23500),
    (52000, 24000),
    (56000, 24500),
    (60000, 25000),
]
STATIONS = [
    ("Norrsjö", (14000, 30000)),
    ("Älvstad C", (28000, 20300)),
    ("Mellanby", (40000, 21920)),
    ("Österå", (52000, 24000)),
]
HSR_CORRIDOR_Y = (37000, 37500)

# name, centre, population, regional centre?
CORE_TOWNS = [
    ("Älvstad", (28000, 20000), 40000, True),
    ("Norrsjö", (14000, 31000), 9000, False),
    ("Österå", (52000, 24500), 7000, False),
    ("Västerby", (8000, 17000), 6500, False),
    ("Sörby", (40000, 8000), 4500, False),
    ("Mellanby", (40000, 22400), 2500, False),
    ("Ekeby", (24000, 35500), 1200, False),
    ("Åby", (20000, 9000), 900, False),
    ("Holmby", (50500, 18000), 800, False),
    ("Torpa", (45000, 29500), 800, False),
    ("Lunda", (45000, 34000), 700, False),
    ("Kvarnby", (36000, 11000), 700, False),
    ("Bäckby", (16500, 24000), 600, False),
    ("Nyby", (4000, 26500), 600, False),
    ("Berga", (5000, 36500), 500, False),
    ("Dalby", (12000, 4000), 500, False),
    ("Skogsby", (57000, 6000), 400, False),
]
MUNICIPALITIES = [
    ("9901", "Älvstad", (28000, 20000)),
    ("9902", "Norrsjö", (13000, 31000)),
    ("9903", "Västerby", (8000, 14000)),
    ("9904", "Österå", (52000, 25000)),
    ("9905", "Sörby", (42000, 7000)),
    ("9906", "Ekeby", (26000, 35000)),
]
COUNTY = ("99", "Storå län")

# Lakes with a planted shore: Norrsjön has a straight (dammed) south shore at y = 31500 for x 8000..12000.
NORRSJON_SHORE = (8000, 12000, 31500)
VATTENSJON = ((38500, 28500), 1000)

# Planted theme features (axis-aligned, so the planted measures are interval products).
NR_KVARNSKOGEN = (16000, 33000, 19000, 35500)
N2000_KVARNSKOGEN = (17500, 32000, 20500, 34500)
WATER_VATTENSJON = (35500, 25500, 41500, 31500)
AIRPORT = (44000, 8000, 47500, 10000)
RI_NATURE_DALBY = (2000, 2000, 9000, 8000)
FARMLAND_VASTERBY = (4000, 14500, 7000, 16500)
TERRACE_HOUSE = (39400, 7700, 39550, 7712)  # bostad, 150 m long row of terraced houses in Sörby
# Green wedges: convex, tips 2 km from Älvstad's centre (inside its tätort whatever its outline).
WEDGES = [
    ("Norra kilen", [(24500, 30000), (27300, 21900), (28300, 21900), (29500, 30000)]),
    ("Västra kilen", [(17000, 17500), (26000, 19800), (26000, 20800), (17000, 23500)]),
    ("Södra kilen", [(25000, 9000), (31000, 9000), (28500, 18000), (27500, 18000)]),
]
ECO_LINKS = [
    ("Vattensjö–Lunda", [(43000, 26500), (48000, 26500), (48000, 28000), (43500, 28000)]),
    ("Västra skogssambandet", [(16000, 25800), (24000, 24800)]),
]


@dataclass(frozen=True)
class PlanArea:
    number: int
    name: str
    category: str
    rect: tuple[float, float, float, float]


MIXED = "Mångfunktionell bebyggelse"
HOUSING = "Sammanhängande bostadsbebyggelse"
INDUSTRY = "Verksamheter och industri"
TRANSPORT = "Transportinfrastruktur"
TECHNICAL = "Teknisk anläggning"
FARMING = "Areell näring"
PARK = "Grönområde och park"
NATURE = "Natur och friluftsliv"
RURAL = "Landsbygd"
WATER = "Vatten"
EXPANSION = "Utbyggnadsområde"
EXPANSION_DIRECTION = "Utbyggnadsriktning"
REGIONAL_CORE = "Regional kärna"
GREEN_LINK = "Viktigt samband för natur och friluftsliv"
DEVELOPMENT = (MIXED, HOUSING, INDUSTRY, EXPANSION, TECHNICAL)

PLANTED_A_AREAS = [
    PlanArea(1, "Älvstad centrum, stationsområdet", MIXED, (27500, 20340, 28500, 20950)),
    PlanArea(2, "Norrsjö östra", HOUSING, (18500, 31000, 19800, 33400)),
    PlanArea(3, "Strandängen", HOUSING, (39000, 18200, 40500, 19000)),
    PlanArea(4, "Sjöängens verksamhetsområde", INDUSTRY, (40500, 26000, 42500, 27500)),
    PlanArea(5, "Sörby norra", EXPANSION, (42500, 9000, 44800, 10500)),
    PlanArea(6, "Motorvägsporten", INDUSTRY, (35000, 15020, 37000, 15600)),
    PlanArea(7, "Älvstad södra", HOUSING, (23000, 15060, 26000, 16000)),
    PlanArea(8, "Norrsjö strand", HOUSING, (9000, 30900, 11000, 31440)),
    PlanArea(9, "Västerby västra", EXPANSION, (6000, 15500, 7500, 17500)),
    PlanArea(10, "Dalby utbyggnad", EXPANSION, (8200, 3500, 10000, 5000)),
    PlanArea(11, "Sörby verkstadstomt", INDUSTRY, (39410, 7250, 39540, 7650)),
]
# Draft B: Norrsjö östra moved out of the reserve, Strandängen kept as a park, Motorvägsporten moved back
# from the dangerous goods route; a new housing area at Holmby harbour reaches into the flood zone.
PLANTED_B_CHANGES = {
    2: PlanArea(2, "Norrsjö östra", HOUSING, (18500, 29800, 19800, 31800)),
    3: PlanArea(3, "Strandängen", PARK, (39000, 18200, 40500, 19000)),
    6: PlanArea(6, "Motorvägsporten", INDUSTRY, (35000, 15120, 37000, 15700)),
}
PLANTED_B_NEW_AREA = ("Holmby hamn", HOUSING, (49000, 18800, 50000, 19450))
PLANTED_LINES = [
    ("Västra länken", TRANSPORT, ((20000, 17000), (20000, 26000))),
    ("Norra förbifarten", TRANSPORT, ((22000, 27000), (31000, 27000))),
    ("Österleden", TRANSPORT, ((46000, 21000), (46000, 30000))),
]
OSTERLEDEN_B = ((49000, 21000), (49000, 30000))

RULE_SEVERITY = {  # as in resources/rules/default_rules.csv
    "N2000-01": "conflict",
    "NR-01": "conflict",
    "FLOOD-01": "conflict",
    "SHORE-01": "warning",
    "AGRI-01": "warning",
    "WATER-01": "conflict",
    "RI-NAT-01": "warning",
    "RI-KOM-01": "conflict",
    "RAIL-01": "warning",
    "ROAD-01": "warning",
    "DG-01": "conflict",
    "DG-02": "warning",
    "STATION-GAP-01": "warning",
    "STOP-GAP-01": "warning",
    "STATION-OPP-01": "opportunity",
    "WEDGE-01": "warning",
    "ECO-01": "conflict",
    "IND-01": "warning",
}
GAP_RULES = (("STATION-GAP-01", "stationer", None, 1000.0), ("STOP-GAP-01", "hallplatser", 40, 400.0))
GAP_CATEGORIES = (MIXED, HOUSING, EXPANSION)

# Background counts at scale 1; they grow in proportion to scale.
PLAN_AREAS_PER_SCALE = 36
PLAN_LINES_PER_SCALE = 6
LAKES_PER_SCALE = 40
RESERVES_PER_SCALE = 45
NATURA_PER_SCALE = 30
FARMLAND_PER_SCALE = 720
ECO_LINKS_PER_SCALE = 25
RI_PER_SCALE = 6
RURAL_NODES_PER_SCALE = 200
FARMS_PER_SCALE = 600
EXTENSION_TOWNS_PER_SCALE = 30
PERSONS_PER_BUILDING = 8.0  # residents per building in a small town; it sets a town's area
PLOT_SPACING_M = 55.0

PREFIXES = [
    "Björk",
    "Ek",
    "Lind",
    "Al",
    "Gran",
    "Tall",
    "Sjö",
    "Berg",
    "Dal",
    "Ås",
    "Mos",
    "Hag",
    "Kvarn",
    "Rön",
    "Hassel",
    "Sand",
    "Sten",
    "Vik",
    "Näs",
    "Bäck",
    "Mark",
    "Hed",
    "Torp",
    "Kärr",
    "Myr",
    "Ängs",
    "Löv",
    "Hög",
    "Lång",
    "Kull",
    "Hammar",
    "Mal",
    "Ör",
    "Hall",
    "Ulv",
    "Råg",
]
TOWN_SUFFIXES = [
    "by",
    "torp",
    "sta",
    "inge",
    "köping",
    "vik",
    "näs",
    "hult",
    "ryd",
    "fors",
    "holm",
    "lund",
    "berga",
    "bo",
    "tuna",
    "åker",
]
NATURE_SUFFIXES = [
    "skogen",
    "mossen",
    "kärret",
    "åsen",
    "berget",
    "dalen",
    "hagen",
    "lunden",
    "myren",
    "udden",
    "ängen",
    "branten",
]
LAKE_SUFFIXES = ["sjön", "tjärnen", "gölen", "träsket"]
