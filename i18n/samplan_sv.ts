<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
  <context>
    <name>Samplan</name>
    <message>
      <location filename="../plugin.py" line="37" />
      <source>Samplan's algorithms are not available: install {0} into QGIS's Python.</source>
      <translation>Samplans algoritmer är inte tillgängliga: installera {0} i QGIS Python.</translation>
    </message>
    <message>
      <location filename="../core/accessibility.py" line="162" />
      <source>{0} population feature(s) ({1} people) reach no destination: farther than {2} m from the network, or on a part of it without destinations.</source>
      <translation>{0} befolkningsobjekt ({1} personer) når ingen målpunkt: längre än {2} m från nätet, eller på en del av det utan målpunkter.</translation>
    </message>
    <message>
      <location filename="../core/categories.py" line="63" />
      <source>'{0}' is empty</source>
      <translation>'{0}' är tom</translation>
    </message>
    <message>
      <location filename="../core/categories.py" line="67" />
      <source>'{0}' is not an ÖP-modell category; expected one of {1}</source>
      <translation>'{0}' är inte en kategori i ÖP-modellen; förväntade en av {1}</translation>
    </message>
    <message>
      <location filename="../core/categories.py" line="71" />
      <source>'{0}' is mapped twice, differently (also on line {1})</source>
      <translation>'{0}' mappas två gånger, olika (även på rad {1})</translation>
    </message>
    <message>
      <location filename="../core/conflicts.py" line="182" />
      <source>Rule {0}: no theme feature of role '{1}' has category {2}; every matching plan feature is reported as a gap.</source>
      <translation>Regel {0}: inget temaobjekt med rollen '{1}' har kategorin {2}; varje matchande planobjekt redovisas som en lucka.</translation>
    </message>
    <message>
      <location filename="../core/conflicts.py" line="188" />
      <source>No layer was given in the role '{0}': rules {1} were not checked.</source>
      <translation>Inget skikt angavs i rollen '{0}': reglerna {1} prövades inte.</translation>
    </message>
    <message>
      <location filename="../core/conflicts.py" line="208" />
      <source>Plan draft layer '{0}': {1} feature(s) have no category and match no rule (feature ids {2}).</source>
      <translation>Planförslagets skikt '{0}': {1} objekt saknar kategori och matchar ingen regel (objekt-id {2}).</translation>
    </message>
    <message>
      <location filename="../core/conflicts.py" line="213" />
      <source>Plan draft layer '{0}': no rule applies to the categories {1}. Map them onto ÖP-modell categories with a category mapping file.</source>
      <translation>Planförslagets skikt '{0}': ingen regel gäller kategorierna {1}. Mappa dem till ÖP-modellens kategorier med en fil för kategorimappning.</translation>
    </message>
    <message>
      <location filename="../core/criticality.py" line="68" />
      <source>'{0}' is not a number</source>
      <translation>'{0}' är inte ett tal</translation>
    </message>
    <message>
      <location filename="../core/criticality.py" line="70" />
      <source>trips must be zero or more, not {0}</source>
      <translation>antalet resor måste vara noll eller mer, inte {0}</translation>
    </message>
    <message>
      <location filename="../core/criticality.py" line="114" />
      <source>{0} population feature(s) ({1} people) lie farther than {2} m from the network and are left out.</source>
      <translation>{0} befolkningsobjekt ({1} personer) ligger längre än {2} m från nätet och lämnas utanför.</translation>
    </message>
    <message>
      <location filename="../core/criticality.py" line="121" />
      <source>{0} centre(s) lie farther than {1} m from the network and are left out.</source>
      <translation>{0} centrum ligger längre än {1} m från nätet och lämnas utanför.</translation>
    </message>
    <message>
      <location filename="../core/criticality.py" line="130" />
      <source>{0} people live on network parts without any centre: they count as cut off already, not for any link.</source>
      <translation>{0} personer bor på nätdelar utan något centrum: de räknas som redan avskurna, inte för någon länk.</translation>
    </message>
    <message>
      <location filename="../core/criticality.py" line="248" />
      <source>Demand: {0} trips between {1} zones.</source>
      <translation>Efterfrågan: {0} resor mellan {1} zoner.</translation>
    </message>
    <message>
      <location filename="../core/criticality.py" line="412" />
      <source>OD table: {0} row(s) name zones that are not among the attached population features and are left out ({1}).</source>
      <translation>OD-tabell: {0} rad(er) anger zoner som inte finns bland de anslutna befolkningsobjekten och lämnas utanför ({1}).</translation>
    </message>
    <message>
      <location filename="../core/network.py" line="617" />
      <source>Network: {0} links, {1} nodes; main network {2} links, {3} island(s) with {4} links, {5} loose link(s); {6} closed loop(s) or links shorter than the tolerance left out.</source>
      <translation>Nät: {0} länkar, {1} noder; huvudnät {2} länkar, {3} ö(ar) med {4} länkar, {5} lös(a) länk(ar); {6} slutna slingor eller länkar kortare än toleransen utelämnade.</translation>
    </message>
    <message>
      <location filename="../core/rules.py" line="83" />
      <source>the rule set holds no rules</source>
      <translation>regeluppsättningen innehåller inga regler</translation>
    </message>
    <message>
      <location filename="../core/rules.py" line="93" />
      <source>rule id '{0}' is used twice (also on line {1})</source>
      <translation>regel-id '{0}' används två gånger (även på rad {1})</translation>
    </message>
    <message>
      <location filename="../core/rules.py" line="97" />
      <source>unknown relation '{0}'; expected one of {1}</source>
      <translation>okänd relation '{0}'; förväntade en av {1}</translation>
    </message>
    <message>
      <location filename="../core/rules.py" line="100" />
      <source>unknown severity '{0}'; expected one of {1}</source>
      <translation>okänd allvarlighetsgrad '{0}'; förväntade en av {1}</translation>
    </message>
    <message>
      <location filename="../core/rules.py" line="103" />
      <source>unknown theme role '{0}'; expected one of {1}</source>
      <translation>okänd temaroll '{0}'; förväntade en av {1}</translation>
    </message>
    <message>
      <location filename="../core/rules.py" line="108" />
      <source>no plan category given</source>
      <translation>ingen plankategori angiven</translation>
    </message>
    <message>
      <location filename="../core/rules.py" line="110" />
      <source>no theme category given</source>
      <translation>ingen temakategori angiven</translation>
    </message>
    <message>
      <location filename="../core/rules.py" line="128" />
      <source>relation '{0}' takes no distance, found '{1}'</source>
      <translation>relationen '{0}' tar inget avstånd, fann '{1}'</translation>
    </message>
    <message>
      <location filename="../core/rules.py" line="131" />
      <source>relation '{0}' needs a distance in metres</source>
      <translation>relationen '{0}' behöver ett avstånd i meter</translation>
    </message>
    <message>
      <location filename="../core/rules.py" line="135" />
      <source>'{0}' is not a number of metres</source>
      <translation>'{0}' är inte ett antal meter</translation>
    </message>
    <message>
      <location filename="../core/rules.py" line="137" />
      <source>the distance must be a positive number of metres, found '{0}'</source>
      <translation>avståndet måste vara ett positivt antal meter, fann '{0}'</translation>
    </message>
    <message>
      <location filename="../core/table_files.py" line="25" />
      <source>{0}, line {1}, column '{2}'</source>
      <translation>{0}, rad {1}, kolumn '{2}'</translation>
    </message>
    <message>
      <location filename="../core/table_files.py" line="27" />
      <source>{0}, line {1}</source>
      <translation>{0}, rad {1}</translation>
    </message>
    <message>
      <location filename="../core/table_files.py" line="38" />
      <source>cannot be read: {0}</source>
      <translation>kan inte läsas: {0}</translation>
    </message>
    <message>
      <location filename="../core/table_files.py" line="52" />
      <source>the file is empty; expected a header line with {0}</source>
      <translation>filen är tom; förväntade en rubrikrad med {0}</translation>
    </message>
    <message>
      <location filename="../core/table_files.py" line="57" />
      <source>missing column(s): {0}</source>
      <translation>saknade kolumner: {0}</translation>
    </message>
    <message>
      <location filename="../core/table_files.py" line="60" />
      <source>unknown column '{0}'; expected {1}</source>
      <translation>okänd kolumn '{0}'; förväntade {1}</translation>
    </message>
    <message>
      <location filename="../core/table_files.py" line="67" />
      <source>expected {0} fields, found {1} (a missing quote or delimiter?)</source>
      <translation>förväntade {0} fält, fann {1} (ett saknat citattecken eller avgränsare?)</translation>
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="74" />
      <source>Accessibility between city and countryside</source>
      <translation>Tillgänglighet mellan stad och land</translation>
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="77" />
      <source>Networks</source>
      <translation>Nätverk</translation>
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="83" />
      <source>accessibility,tillgänglighet,pipos,network,population,centre,service,travel time,restid</source>
      <translation>tillgänglighet,accessibility,pipos,nät,befolkning,centrum,service,restid,avstånd</translation>
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="86" />
      <source>Measures how far the population lives from the nearest centre or service over the network, as Tillväxtverket's Pipos reports accessibility: per population feature the nearest destination, the network distance and the travel time including the connector, and flags for the thresholds (by default 5 and 10 km, 30 and 45 minutes); per municipality the population-weighted mean and median, the share within each threshold and the people beyond it.

&lt;b&gt;Inputs.&lt;/b&gt; The network as for the weak links (snap tolerance, grade separation, one-way, speeds by field or by class; without speeds only distances). Population: points or a 250 m grid with a population field, read at a point inside each feature. Destinations: centres or services, optionally only those of some categories or of at least a size (for example tätorter of at least 3,000 inhabitants). Population and destinations join the network at the nearest point of the nearest link within the longest connector; the connector counts at its length, and at the connector speed for times. Municipalities (optional) group the results.

&lt;b&gt;Method.&lt;/b&gt; One multi-source Dijkstra from all destinations at once (each a virtual node joined to its link's ends) on the reversed network gives every node its nearest destination, instead of one search per origin as QNEAT3's OD matrix does; the same answers, in one pass.

&lt;b&gt;Before and after.&lt;/b&gt; With a planned link added (a line layer joined at shared vertices), links cut (by feature id, or where they meet a cut layer), the same run on the changed network gives the difference per population feature and per municipality (after minus before; negative is closer).

Input layers are never modified.</source>
      <translation>Mäter hur långt befolkningen bor från närmaste centrum eller service längs nätet, så som Tillväxtverkets Pipos redovisar tillgänglighet: per befolkningsobjekt närmaste målpunkt, avståndet i nätet och restiden inklusive anslutningen, och flaggor för tröskelvärdena (som standard 5 och 10 km, 30 och 45 minuter); per kommun befolkningsviktat medel och median, andelen inom varje tröskel och antalet personer bortom den.

&lt;b&gt;Indata.&lt;/b&gt; Nätet som för svaga länkar (snäpptolerans, planskildhet, enkelriktning, hastigheter per fält eller per klass; utan hastigheter bara avstånd). Befolkning: punkter eller ett 250 m-rutnät med ett befolkningsfält, läst i en punkt inuti varje objekt. Målpunkter: centrum eller service, valfritt bara de av vissa kategorier eller av minst en viss storlek (till exempel tätorter med minst 3 000 invånare). Befolkning och målpunkter ansluts till närmaste punkt på närmaste länk inom den längsta anslutningen; anslutningen räknas med sin längd, och med anslutningshastigheten för tider. Kommuner (valfritt) grupperar resultaten.

&lt;b&gt;Metod.&lt;/b&gt; En Dijkstra från alla målpunkter samtidigt (var och en en virtuell nod kopplad till sin länks ändar) på det omvända nätet ger varje nod dess närmaste målpunkt, i stället för en sökning per startpunkt som QNEAT3:s OD-matris gör; samma svar, i ett svep.

&lt;b&gt;Före och efter.&lt;/b&gt; Med en planerad länk tillagd (ett linjelager som ansluts vid gemensamma brytpunkter) eller länkar brutna (via objekt-id, eller där de möter ett brytlager) ger samma körning på det förändrade nätet skillnaden per befolkningsobjekt och per kommun (efter minus före; negativt är närmare).

Indatalagren ändras aldrig.</translation>
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="111" />
      <source>Population (points or grid polygons)</source>
      <translation>Befolkning (punkter eller rutnätsytor)</translation>
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="112" />
      <source>Population field</source>
      <translation>Befolkningsfält</translation>
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="115" />
      <source>Destinations (centres or services)</source>
      <translation>Målpunkter (centrum eller service)</translation>
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="116" />
      <source>Destination name field</source>
      <translation>Fält för målpunktens namn</translation>
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="118" />
      <source>Destination size field (e.g. population)</source>
      <translation>Fält för målpunktens storlek (t.ex. befolkning)</translation>
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="120" />
      <source>Smallest destination size</source>
      <translation>Minsta storlek på målpunkt</translation>
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="122" />
      <source>Destination category field</source>
      <translation>Fält för målpunktens kategori</translation>
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="124" />
      <source>Destination categories to keep (separated by ';')</source>
      <translation>Målpunktskategorier att behålla (åtskilda med ';')</translation>
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="127" />
      <source>Municipalities</source>
      <translation>Kommuner</translation>
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="128" />
      <source>Municipality name field</source>
      <translation>Fält för kommunnamn</translation>
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="130" />
      <source>Connector speed (km/h)</source>
      <translation>Anslutningshastighet (km/h)</translation>
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="132" />
      <source>Distance thresholds (km)</source>
      <translation>Avståndströsklar (km)</translation>
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="133" />
      <source>Time thresholds (minutes)</source>
      <translation>Tidströsklar (minuter)</translation>
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="135" />
      <source>Changed network: planned links to add</source>
      <translation>Förändrat nät: planerade länkar att lägga till</translation>
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="137" />
      <source>Changed network: feature ids of network lines to cut (separated by ';')</source>
      <translation>Förändrat nät: objekt-id för nätlinjer att bryta (åtskilda med ';')</translation>
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="139" />
      <source>Changed network: lines meeting these features are cut</source>
      <translation>Förändrat nät: linjer som möter dessa objekt bryts</translation>
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="141" />
      <source>Accessibility per population feature</source>
      <translation>Tillgänglighet per befolkningsobjekt</translation>
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="142" />
      <source>Accessibility per municipality</source>
      <translation>Tillgänglighet per kommun</translation>
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="144" />
      <source>Change per population feature</source>
      <translation>Förändring per befolkningsobjekt</translation>
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="146" />
      <source>Change per municipality</source>
      <translation>Förändring per kommun</translation>
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="154" />
      <source>Distance thresholds must be positive numbers separated by ';'.</source>
      <translation>Avståndströsklarna måste vara positiva tal åtskilda med ';'.</translation>
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="156" />
      <source>Time thresholds must be positive numbers separated by ';'.</source>
      <translation>Tidströsklarna måste vara positiva tal åtskilda med ';'.</translation>
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="180" />
      <source>Cancelled: no output was written.</source>
      <translation>Avbrutet: inget resultat skrevs.</translation>
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="199" />
      <source>Population-weighted mean distance to the nearest destination: {0:.1f} km.</source>
      <translation>Befolkningsviktat medelavstånd till närmaste målpunkt: {0:.1f} km.</translation>
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="220" />
      <source>Destinations: {0} of {1} features of '{2}' kept.</source>
      <translation>Målpunkter: {0} av {1} objekt i '{2}' behålls.</translation>
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="222" />
      <source>No destination of layer '{0}' passes the size and category filters.</source>
      <translation>Ingen målpunkt i lagret '{0}' klarar storleks- och kategorifiltren.</translation>
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="236" />
      <source>Municipalities layer '{0}' has no text field to name the municipalities; choose the municipality name field.</source>
      <translation>Kommunskiktet '{0}' har inget textfält som namnger kommunerna; välj fältet för kommunnamn.</translation>
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="253" />
      <source>Feature ids to cut must be whole numbers separated by ';'.</source>
      <translation>Objekt-id att bryta måste vara heltal åtskilda med ';'.</translation>
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="256" />
      <source>No network line has the feature id(s) {0}.</source>
      <translation>Ingen nätlinje har objekt-id {0}.</translation>
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="275" />
      <source>Changed network: {0} line(s) cut, {1} added.</source>
      <translation>Förändrat nät: {0} linje(r) brutna, {1} tillagda.</translation>
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="85" />
      <source>Coordination conflict check</source>
      <translation>Samordningskontroll av konflikter</translation>
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="88" />
      <source>Coordination</source>
      <translation>Samordning</translation>
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="94" />
      <source>conflict,coordination,plan,översiktsplan,regionplan,natura 2000,flood,rules</source>
      <translation>konflikt,samordning,plan,översiktsplan,regionplan,natura 2000,översvämning,regler</translation>
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="97" />
      <source>Checks a plan draft against theme layers with a rule set and lists every coordination conflict, warning and opportunity: one row per rule, plan feature and theme feature, with the geometry where they meet.

&lt;b&gt;Inputs.&lt;/b&gt; The plan draft: a polygon or line layer with a land-use field in the categories of Boverket's ÖP-modell 2.1, and optionally a second layer of planned corridors (lines) with the same field. Theme layers in four roles: settlement, infrastructure, green-blue and other. A theme feature's category is the value of the theme category field where the layer has it, else the layer's name. The rule set is a CSV table (the bundled default, or your own: id, plan_category, theme_role, theme_category, relation, distance_m, severity, message_sv, message_en, basis; several categories separated by '|'). If the draft uses words of its own, a category mapping (a CSV with the columns draft_category and op_category, kept beside the draft and reused) maps them onto ÖP-modell categories once; words no rule applies to are named in the log. An optional municipalities layer attributes each result to the municipality holding its largest part. Everything is computed in the analysis CRS (SWEREF 99 TM by default); inputs in other CRSs are transformed, and a geographic CRS is refused.

&lt;b&gt;Relations.&lt;/b&gt; overlaps: the interiors meet (area of the overlap and its share of the plan feature; for lines the length inside; a line along a border does not count). within_distance: the part of the plan feature within the distance of the theme feature, and the minimum distance (a distance exactly at the threshold counts). not_within_distance: plan features farther than the distance from every theme feature of the category, a coordination gap (for example housing more than 1 km from a station). crosses: a planned line crossing a theme polygon (length inside) or a theme line (crossing points).

&lt;b&gt;Outputs.&lt;/b&gt; Conflicts as areas, lines and points (styled by severity), a summary per rule, severity and municipality (count, area, length), the rule set used and the run's parameters. Invalid geometries are repaired and null geometries skipped, both reported in the log; input layers are never modified. The default rule set cites the legal or policy basis of each rule (Miljöbalken, Plan- och bygglagen, the county boards' guidance on dangerous goods).</source>
      <translation>Kontrollerar ett planförslag mot temaskikt med en regeluppsättning och listar varje samordningskonflikt, varning och möjlighet: en rad per regel, planobjekt och temaobjekt, med geometrin där de möts.

&lt;b&gt;Indata.&lt;/b&gt; Planförslaget: ett yt- eller linjeskikt med ett fält för markanvändning i kategorierna i Boverkets ÖP-modell 2.1, och valfritt ett andra skikt med planerade stråk (linjer) med samma fält. Temaskikt i fyra roller: bebyggelse, infrastruktur, grönblå struktur och övrigt. Ett temaobjekts kategori är värdet i temakategorifältet där skiktet har det, annars skiktets namn. Regeluppsättningen är en CSV-tabell (den medföljande standarden eller din egen: id, plan_category, theme_role, theme_category, relation, distance_m, severity, message_sv, message_en, basis; flera kategorier åtskilda med '|'). Om förslaget använder egna ord mappar en kategorimappning (en CSV med kolumnerna draft_category och op_category, som sparas bredvid förslaget och återanvänds) dem en gång till ÖP-modellens kategorier; ord som ingen regel gäller nämns i loggen. Ett valfritt kommunskikt knyter varje resultat till den kommun som rymmer dess största del. Allt beräknas i analysens koordinatsystem (SWEREF 99 TM som standard); indata i andra system transformeras, och ett geografiskt system avvisas.

&lt;b&gt;Relationer.&lt;/b&gt; overlaps: de inre delarna möts (överlappets yta och dess andel av planobjektet; för linjer längden inuti; en linje längs en gräns räknas inte). within_distance: den del av planobjektet som ligger inom avståndet från temaobjektet, och det kortaste avståndet (ett avstånd exakt vid gränsen räknas). not_within_distance: planobjekt som ligger längre bort än avståndet från varje temaobjekt i kategorin, en samordningslucka (till exempel bostäder mer än 1 km från en station). crosses: en planerad linje som korsar en temayta (längden inuti) eller en temalinje (korsningspunkter).

&lt;b&gt;Resultat.&lt;/b&gt; Konflikter som ytor, linjer och punkter (symboliserade efter allvarlighetsgrad), en sammanställning per regel, allvarlighetsgrad och kommun (antal, yta, längd), den använda regeluppsättningen och körningens parametrar. Ogiltiga geometrier repareras och tomma geometrier hoppas över, båda redovisas i loggen; indataskikt ändras aldrig. Standardreglerna anger den rättsliga grunden eller policygrunden för varje regel (miljöbalken, plan- och bygglagen, länsstyrelsernas riktlinjer för farligt gods).</translation>
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="128" />
      <source>Plan draft (areas or lines)</source>
      <translation>Planförslag (ytor eller linjer)</translation>
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="130" />
      <source>Plan category field (ÖP-modell land use)</source>
      <translation>Fält för plankategori (ÖP-modellens användning)</translation>
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="132" />
      <source>Planned corridors (lines, same category field)</source>
      <translation>Planerade stråk (linjer, samma kategorifält)</translation>
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="134" />
      <source>Plan feature identifier field (stable key carried into the results)</source>
      <translation>Fält för planobjektets identitet (stabil nyckel som följer med till resultatet)</translation>
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="137" />
      <source>Category mapping (CSV: draft_category, op_category)</source>
      <translation>Kategorimappning (CSV: draft_category, op_category)</translation>
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="139" />
      <source>Settlement layers</source>
      <translation>Skikt för bebyggelse</translation>
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="139" />
      <source>Infrastructure layers</source>
      <translation>Skikt för infrastruktur</translation>
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="140" />
      <source>Green-blue structure layers</source>
      <translation>Skikt för grönblå struktur</translation>
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="140" />
      <source>Other layers (riksintressen, risk)</source>
      <translation>Övriga skikt (riksintressen, risk)</translation>
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="144" />
      <source>Theme category field (else the layer name)</source>
      <translation>Fält för temakategori (annars skiktets namn)</translation>
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="146" />
      <source>Theme feature identifier field, where a layer has it</source>
      <translation>Fält för temaobjektets identitet, där skiktet har det</translation>
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="148" />
      <source>Rule set (CSV; empty = the bundled default)</source>
      <translation>Regeluppsättning (CSV; tom = den medföljande standarden)</translation>
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="153" />
      <source>Analysis CRS (projected, metres)</source>
      <translation>Analysens koordinatsystem (projicerat, meter)</translation>
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="155" />
      <source>Language of the messages</source>
      <translation>Meddelandenas språk</translation>
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="158" />
      <source>Conflicts (areas)</source>
      <translation>Konflikter (ytor)</translation>
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="161" />
      <source>Conflicts (lines)</source>
      <translation>Konflikter (linjer)</translation>
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="162" />
      <source>Conflicts (points)</source>
      <translation>Konflikter (punkter)</translation>
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="163" />
      <source>Summary</source>
      <translation>Sammanställning</translation>
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="164" />
      <source>Rule set used</source>
      <translation>Använd regeluppsättning</translation>
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="165" />
      <source>Run parameters</source>
      <translation>Körningens parametrar</translation>
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="168" />
      <source>Number of results</source>
      <translation>Antal resultat</translation>
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="178" />
      <source>The rule set cannot be used: {0}</source>
      <translation>Regeluppsättningen kan inte användas: {0}</translation>
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="196" />
      <source>The plan draft is empty: the result is empty.</source>
      <translation>Planförslaget är tomt: resultatet är tomt.</translation>
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="207" />
      <source>Results: {0} conflict(s), {1} warning(s), {2} opportunity(ies).</source>
      <translation>Resultat: {0} konflikt(er), {1} varning(ar), {2} möjlighet(er).</translation>
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="227" />
      <source>Layer '{0}' has no field '{1}'. Its fields are: {2}.</source>
      <translation>Skiktet '{0}' har inget fält '{1}'. Dess fält är: {2}.</translation>
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="233" />
      <source>Plan draft layer '{0}' has no features with a geometry: it adds no results.</source>
      <translation>Planförslagets skikt '{0}' har inga objekt med geometri: det ger inga resultat.</translation>
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="247" />
      <source>Theme layer '{0}' is not a vector layer.</source>
      <translation>Temaskiktet '{0}' är inte ett vektorskikt.</translation>
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="253" />
      <source>Theme layer '{0}' has no field '{1}': its category is its name.</source>
      <translation>Temaskiktet '{0}' har inget fält '{1}': dess kategori är dess namn.</translation>
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="255" />
      <source>{0} ({1}): {2} features read.</source>
      <translation>{0} ({1}): {2} objekt lästa.</translation>
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="265" />
      <source>The category mapping cannot be used: {0}</source>
      <translation>Kategorimappningen kan inte användas: {0}</translation>
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="275" />
      <source>Two input layers are named '{0}': the second is called '{1}' in the results.</source>
      <translation>Två indataskikt heter '{0}': det andra kallas '{1}' i resultatet.</translation>
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="303" />
      <source>Municipalities layer '{0}': names taken from the field '{1}'.</source>
      <translation>Kommunskiktet '{0}': namnen hämtas från fältet '{1}'.</translation>
    </message>
    <message>
      <location filename="../processing/link_criticality.py" line="56" />
      <source>Weak links and redundancy</source>
      <translation>Svaga länkar och redundans</translation>
    </message>
    <message>
      <location filename="../processing/link_criticality.py" line="65" />
      <source>network,road,rail,bridge,redundancy,detour,vulnerability,criticality,sårbarhet,omväg</source>
      <translation>nät,väg,järnväg,bro,redundans,omväg,sårbarhet,kritikalitet,vulnerability,bridge</translation>
    </message>
    <message>
      <location filename="../processing/link_criticality.py" line="68" />
      <source>Finds the weak links of a road or rail network: where a closed link leaves no way round, how long the detour is where there is one, how many people it cuts off from the centres, and how much it matters to the trips made on the network.

&lt;b&gt;Network.&lt;/b&gt; Lines are joined where they share a vertex (within the snap tolerance). A line marked in the grade separation field (bridge, tunnel) joins other lines only at its own ends, so a bridge over a road is no junction. Links run between junctions. The network's parts are reported as Tillväxtverket's Pipos prepares its road network: the main network, islands and loose links. With a speed field or speeds by class, costs are travel times; otherwise distances.

&lt;b&gt;Per link.&lt;/b&gt; is_bridge: no alternative route exists (a bridge in the graph sense, found with Tarjan's algorithm). The best alternative route between the link's ends when it is closed, in metres and seconds, the extra length and time, and the detour ratio (empty where there is none); the result is exactly what closing every link and searching again gives, computed in batches of bounded searches. pop_cut_off: the people separated from every centre when the link is closed. importance, total_delay and unsatisfied_trips: link importance weighted by demand as Jenelius, Petersen &amp; Mattsson (2006) and Jenelius &amp; Mattsson (2012) define it: the increase in total travel time of all trips when the link is closed (total_delay in trip hours, importance per trip in minutes), with the trips that can no longer be made reported apart. Trips come from an OD table (CSV: origin, destination, trips, by the zone id field) or from the population by a production-constrained gravity model (trips per person, exponential decay per minute or per km). rank: 1 is the weakest link (most people cut off, most trips lost, largest delay, bridges, longest detour).

&lt;b&gt;Per node.&lt;/b&gt; Articulation points (a node whose closing splits the network) and the people they cut off.

Population (points, or grid polygons read at a point inside each) and centres join the network at the nearest link within the longest connector; population at a node counts for the nodes and links around it. Input layers are never modified.</source>
      <translation>Hittar de svaga länkarna i ett väg- eller järnvägsnät: var en stängd länk inte lämnar någon väg runt, hur lång omvägen är där det finns en, hur många personer den skär av från centrum, och hur mycket den betyder för resorna i nätet.

&lt;b&gt;Nät.&lt;/b&gt; Linjer sammanfogas där de delar en brytpunkt (inom snäpptoleransen). En linje som är markerad i planskildhetsfältet (bro, tunnel) möter andra linjer bara i sina egna ändar, så en bro över en väg är ingen korsning. Länkar går mellan korsningar. Nätets delar redovisas så som Tillväxtverkets Pipos förbereder sitt vägnät: huvudnätet, öar och lösa länkar. Med ett hastighetsfält eller hastigheter per klass är kostnaderna restider; annars avstånd.

&lt;b&gt;Per länk.&lt;/b&gt; is_bridge: ingen alternativ väg finns (en brygga i grafteoretisk mening, funnen med Tarjans algoritm). Den bästa alternativa vägen mellan länkens ändar när den är stängd, i meter och sekunder, den extra längden och tiden, och omvägskvoten (tomt där ingen finns); resultatet är exakt det som att stänga varje länk och söka igen ger, beräknat i omgångar av begränsade sökningar. pop_cut_off: personerna som skärs av från alla centrum när länken stängs. importance, total_delay och unsatisfied_trips: länkens efterfrågeviktade betydelse så som Jenelius, Petersen &amp; Mattsson (2006) och Jenelius &amp; Mattsson (2012) definierar den: ökningen av alla resors sammanlagda restid när länken stängs (total_delay i resetimmar, importance per resa i minuter), med resorna som inte längre kan göras redovisade för sig. Resorna kommer från en OD-tabell (CSV: origin, destination, trips, enligt zon-id-fältet) eller från befolkningen via en produktionsbegränsad gravitationsmodell (resor per person, exponentiellt avtagande per minut eller per km). rank: 1 är den svagaste länken (flest avskurna personer, flest förlorade resor, störst fördröjning, bryggor, längst omväg).

&lt;b&gt;Per nod.&lt;/b&gt; Artikulationspunkter (en nod vars stängning delar nätet) och personerna de skär av.

Befolkning (punkter, eller rutnätsytor lästa i en punkt inuti var och en) och centrum ansluts till närmaste länk inom den längsta anslutningen; befolkning i en nod räknas för noderna och länkarna runt den. Indatalagren ändras aldrig.</translation>
    </message>
    <message>
      <location filename="../processing/link_criticality.py" line="102" />
      <source>Zone id field (for the OD table)</source>
      <translation>Zon-id-fält (för OD-tabellen)</translation>
    </message>
    <message>
      <location filename="../processing/link_criticality.py" line="104" />
      <source>Centres (population cut off from all of them counts)</source>
      <translation>Centrum (befolkning som skärs av från alla räknas)</translation>
    </message>
    <message>
      <location filename="../processing/link_criticality.py" line="106" />
      <source>Trips for link importance</source>
      <translation>Resor för länkarnas betydelse</translation>
    </message>
    <message>
      <location filename="../processing/link_criticality.py" line="107" />
      <source>None</source>
      <translation>Inga</translation>
    </message>
    <message>
      <location filename="../processing/link_criticality.py" line="107" />
      <source>Gravity model from the population</source>
      <translation>Gravitationsmodell från befolkningen</translation>
    </message>
    <message>
      <location filename="../processing/link_criticality.py" line="107" />
      <source>OD table</source>
      <translation>OD-tabell</translation>
    </message>
    <message>
      <location filename="../processing/link_criticality.py" line="109" />
      <source>OD table (CSV: origin, destination, trips)</source>
      <translation>OD-tabell (CSV: origin, destination, trips)</translation>
    </message>
    <message>
      <location filename="../processing/link_criticality.py" line="111" />
      <source>Trips per person (gravity model)</source>
      <translation>Resor per person (gravitationsmodell)</translation>
    </message>
    <message>
      <location filename="../processing/link_criticality.py" line="113" />
      <source>Distance decay (per minute, or per km without speeds)</source>
      <translation>Avståndsavtagande (per minut, eller per km utan hastigheter)</translation>
    </message>
    <message>
      <location filename="../processing/link_criticality.py" line="114" />
      <source>Links</source>
      <translation>Länkar</translation>
    </message>
    <message>
      <location filename="../processing/link_criticality.py" line="116" />
      <source>Articulation points</source>
      <translation>Artikulationspunkter</translation>
    </message>
    <message>
      <location filename="../processing/link_criticality.py" line="117" />
      <source>Number of bridges (links without alternative)</source>
      <translation>Antal bryggor (länkar utan alternativ)</translation>
    </message>
    <message>
      <location filename="../processing/link_criticality.py" line="128" />
      <source>The network has no lines to build a graph from.</source>
      <translation>Nätet har inga linjer att bygga en graf av.</translation>
    </message>
    <message>
      <location filename="../processing/link_criticality.py" line="137" />
      <source>No population field: each population feature counts as one person.</source>
      <translation>Inget befolkningsfält: varje befolkningsobjekt räknas som en person.</translation>
    </message>
    <message>
      <location filename="../processing/link_criticality.py" line="151" />
      <source>Trips from an OD table need the OD table.</source>
      <translation>Resor från en OD-tabell kräver OD-tabellen.</translation>
    </message>
    <message>
      <location filename="../processing/link_criticality.py" line="153" />
      <source>Trips from an OD table need the population layer and its zone id field.</source>
      <translation>Resor från en OD-tabell kräver befolkningslagret och dess zon-id-fält.</translation>
    </message>
    <message>
      <location filename="../processing/link_criticality.py" line="157" />
      <source>The OD table cannot be used: {0}</source>
      <translation>OD-tabellen kan inte användas: {0}</translation>
    </message>
    <message>
      <location filename="../processing/link_criticality.py" line="160" />
      <source>No population layer: link importance by demand is left out.</source>
      <translation>Inget befolkningslager: länkarnas efterfrågeviktade betydelse beräknas inte.</translation>
    </message>
    <message>
      <location filename="../processing/link_criticality.py" line="186" />
      <source>{0} bridge(s) without alternative route, {1} articulation point(s).</source>
      <translation>{0} brygga/bryggor utan alternativ väg, {1} artikulationspunkt(er).</translation>
    </message>
    <message>
      <location filename="../processing/network_parameters.py" line="32" />
      <source>Network (road or rail lines)</source>
      <translation>Nät (väg- eller järnvägslinjer)</translation>
    </message>
    <message>
      <location filename="../processing/network_parameters.py" line="33" />
      <source>Speed field (km/h)</source>
      <translation>Hastighetsfält (km/h)</translation>
    </message>
    <message>
      <location filename="../processing/network_parameters.py" line="34" />
      <source>Road class field</source>
      <translation>Vägklassfält</translation>
    </message>
    <message>
      <location filename="../processing/network_parameters.py" line="36" />
      <source>Speeds by class (class=km/h; separated by ';'), for links without a speed of their own</source>
      <translation>Hastigheter per klass (klass=km/h; åtskilda med ';'), för länkar utan egen hastighet</translation>
    </message>
    <message>
      <location filename="../processing/network_parameters.py" line="38" />
      <source>Speed where neither the link nor its class gives one (km/h)</source>
      <translation>Hastighet där varken länken eller dess klass anger någon (km/h)</translation>
    </message>
    <message>
      <location filename="../processing/network_parameters.py" line="40" />
      <source>One-way field (yes/1/F: along the line, -1/T: against it)</source>
      <translation>Enkelriktningsfält (yes/1/F: i linjens riktning, -1/T: mot den)</translation>
    </message>
    <message>
      <location filename="../processing/network_parameters.py" line="42" />
      <source>Grade separation field (bridge, tunnel: joins other lines only at its ends)</source>
      <translation>Planskildhetsfält (bro, tunnel: möter andra linjer bara i sina ändar)</translation>
    </message>
    <message>
      <location filename="../processing/network_parameters.py" line="44" />
      <source>Snap tolerance: line ends and vertices this close meet (m)</source>
      <translation>Snäpptolerans: linjeändar och brytpunkter så här nära möts (m)</translation>
    </message>
    <message>
      <location filename="../processing/network_parameters.py" line="46" />
      <source>Longest connector from a point to the network (m)</source>
      <translation>Längsta anslutning från en punkt till nätet (m)</translation>
    </message>
    <message>
      <location filename="../processing/provider.py" line="23" />
      <source>Samplan: strategic planning checks</source>
      <translation>Samplan: strategiska planeringskontroller</translation>
    </message>
    <message>
      <location filename="../processing/sample_region.py" line="31" />
      <source>Create sample region</source>
      <translation>Skapa exempelregion</translation>
    </message>
    <message>
      <location filename="../processing/sample_region.py" line="34" />
      <source>Sample data</source>
      <translation>Exempeldata</translation>
    </message>
    <message>
      <location filename="../processing/sample_region.py" line="40" />
      <source>Writes a synthetic but plausible Swedish region (SWEREF 99 TM, EPSG:3006) to one GeoPackage, for workshops, training and tests: municipalities in one county, tätorter with population, buildings, a 250 m population grid, a connected road network with road classes and bridges over a river, a railway with stations, bus stops with weekday departures, nature reserves, Natura 2000, green wedges, ecological links, lakes, a river with its 100-year flood zone, shore protection, agricultural land, a water protection area, riksintressen, a commuting table and two plan drafts (A and B) in the categories of Boverket's ÖP-modell.

Plan draft A holds planted conflicts of every kind in the default rule set; draft B resolves some and adds others. The table 'planterade_konflikter' lists them (rule, plan feature, theme feature, expected overlap), so results can be checked.

The same seed gives the same data. Scale grows the region towards a county: at scale 125 it holds over a million buildings (used by the benchmark).</source>
      <translation>Skriver en syntetisk men rimlig svensk region (SWEREF 99 TM, EPSG:3006) till en GeoPackage, för workshoppar, utbildning och tester: kommuner i ett län, tätorter med befolkning, byggnader, ett befolkningsrutnät på 250 m, ett sammanhängande vägnät med vägklasser och broar över en älv, en järnväg med stationer, busshållplatser med avgångar en vardag, naturreservat, Natura 2000, gröna kilar, ekologiska samband, sjöar, en älv med dess område för 100-årsflöde, strandskydd, jordbruksmark, ett vattenskyddsområde, riksintressen, en pendlingstabell och två planförslag (A och B) i kategorierna i Boverkets ÖP-modell.

Planförslag A innehåller planterade konflikter av varje slag i standardreglerna; förslag B löser några och lägger till andra. Tabellen 'planterade_konflikter' listar dem (regel, planobjekt, temaobjekt, förväntat överlapp), så att resultaten kan kontrolleras.

Samma frö ger samma data. Skalan låter regionen växa mot ett län: vid skala 125 rymmer den över en miljon byggnader (används av prestandamätningen).</translation>
    </message>
    <message>
      <location filename="../processing/sample_region.py" line="57" />
      <source>Random seed</source>
      <translation>Slumpfrö</translation>
    </message>
    <message>
      <location filename="../processing/sample_region.py" line="61" />
      <source>Scale (1 = about 60 x 40 km; 125 = a county with over a million buildings)</source>
      <translation>Skala (1 = cirka 60 x 40 km; 125 = ett län med över en miljon byggnader)</translation>
    </message>
    <message>
      <location filename="../processing/sample_region.py" line="66" />
      <source>Sample region GeoPackage</source>
      <translation>Exempelregionens GeoPackage</translation>
    </message>
    <message>
      <location filename="../processing/sample_region.py" line="66" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../processing/sample_region.py" line="88" />
      <source>{0}: {1} features</source>
      <translation>{0}: {1} objekt</translation>
    </message>
    <message>
      <location filename="../processing/sample_region.py" line="92" />
      <source>Could not write {0}: {1}. Is it open in QGIS or another program?</source>
      <translation>Kunde inte skriva {0}: {1}. Är filen öppen i QGIS eller ett annat program?</translation>
    </message>
    <message>
      <location filename="../processing/sample_region.py" line="95" />
      <source>Cancelled: no sample region was written.</source>
      <translation>Avbrutet: ingen exempelregion skrevs.</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/networks.py" line="47" />
      <source>Layer '{0}', field '{1}': '{2}' is not a number.</source>
      <translation>Lagret '{0}', fältet '{1}': '{2}' är inte ett tal.</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/networks.py" line="70" />
      <source>Speeds by class: '{0}' is not 'class=km/h' with a positive speed.</source>
      <translation>Hastigheter per klass: '{0}' är inte 'klass=km/h' med en positiv hastighet.</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/networks.py" line="79" />
      <source>Layer '{0}': classes without a speed get {1} km/h unless the feature has its own: {2}.</source>
      <translation>Lagret '{0}': klasser utan hastighet får {1} km/h om inte objektet har en egen: {2}.</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/networks.py" line="97" />
      <source>Layer '{0}' must hold lines.</source>
      <translation>Lagret '{0}' måste innehålla linjer.</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/reading.py" line="51" />
      <source>The analysis CRS is not valid. Choose a projected metric CRS such as SWEREF 99 TM (EPSG:3006).</source>
      <translation>Analysens koordinatsystem är ogiltigt. Välj ett projicerat metriskt system som SWEREF 99 TM (EPSG:3006).</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/reading.py" line="54" />
      <source>The analysis CRS {0} measures in degrees or other non-metric units, or stretches distances and areas as Mercator does (twice the distance, four times the area in Sweden); results would be wrong. Choose a projected metric CRS such as SWEREF 99 TM (EPSG:3006).</source>
      <translation>Analysens koordinatsystem {0} mäter i grader eller andra icke-metriska enheter, eller töjer avstånd och ytor som Mercator gör (dubbla avstånd, fyrdubbla ytor i Sverige); resultaten skulle bli fel. Välj ett projicerat metriskt system som SWEREF 99 TM (EPSG:3006).</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/reading.py" line="100" />
      <source>Layer '{0}' has no coordinate reference system: it is read as if it were in {1}. Set its CRS if that is wrong.</source>
      <translation>Skiktet '{0}' saknar koordinatsystem: det läses som om det vore i {1}. Ange dess koordinatsystem om det är fel.</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/reading.py" line="105" />
      <source>{0} ({1}): no rule checks its categories, so it was not read. The rules for this role check: {2}.</source>
      <translation>{0} ({1}): ingen regel prövar dess kategorier, så det lästes inte. Reglerna för den här rollen prövar: {2}.</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/reading.py" line="148" />
      <source>Layer '{0}': {1} feature(s) without geometry skipped (feature ids {2}).</source>
      <translation>Skiktet '{0}': {1} objekt utan geometri hoppades över (objekt-id {2}).</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/reading.py" line="151" />
      <source>Layer '{0}': {1} invalid geometry(ies) repaired (feature ids {2}).</source>
      <translation>Skiktet '{0}': {1} ogiltig(a) geometri(er) reparerades (objekt-id {2}).</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/reading.py" line="154" />
      <source>Layer '{0}': {1} geometry collection(s) read as their parts of the highest dimension (feature ids {2}).</source>
      <translation>Skiktet '{0}': {1} geometrisamling(ar) lästes som sina delar av högsta dimension (objekt-id {2}).</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/reading.py" line="157" />
      <source>Layer '{0}': {1} empty geometry(ies) skipped.</source>
      <translation>Skiktet '{0}': {1} tom(ma) geometri(er) hoppades över.</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/writing.py" line="94" />
      <source>Could not write features to the output: {0}</source>
      <translation>Kunde inte skriva objekt till resultatet: {0}</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/writing.py" line="129" />
      <source>Could not create layer '{0}' in {1}: {2}</source>
      <translation>Kunde inte skapa skiktet '{0}' i {1}: {2}</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/writing.py" line="139" />
      <source>Could not write layer '{0}' in {1}: {2}</source>
      <translation>Kunde inte skriva skiktet '{0}' i {1}: {2}</translation>
    </message>
  </context>
</TS>
