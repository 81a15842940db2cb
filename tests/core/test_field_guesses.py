"""The field named like what a parameter asks for."""

from samplan.core.field_guesses import guessed_field


def test_a_speed_field_is_found_by_its_swedish_or_english_name():
    assert guessed_field(["fid", "kategori", "hastighet", "bro"], "speed") == "hastighet"
    assert guessed_field(["osm_id", "highway", "MaxSpeed"], "speed") == "MaxSpeed"  # as the layer spells it
    assert guessed_field(["speed", "maxspeed"], "speed") == "speed"  # the likelier name first
    assert guessed_field(["fid", "kategori", "speedbump"], "speed") is None  # only whole names


def test_population_and_zone_names():
    assert guessed_field(["rutid", "befolkning"], "population") == "befolkning"
    assert guessed_field(["id", "POP"], "population") == "POP"
    assert guessed_field(["kommunkod", "kommunnamn", "lanskod"], "zone_name") == "kommunnamn"
    assert guessed_field([], "population") is None


def test_nvdb_and_swedish_speed_limit_names_and_inv():
    assert guessed_field(["fid", "HTHAST", "namn"], "speed") == "HTHAST"  # NVDB's högsta tillåtna hastighet
    assert guessed_field(["Hastighetsgräns"], "speed") == "Hastighetsgräns"
    assert guessed_field(["hastighetsgrans", "hastighet"], "speed") == "hastighet"  # the likeliest first
    assert guessed_field(["ruta", "INV"], "population") == "INV"
    assert guessed_field(["klass", "namn"], "speed") is None
