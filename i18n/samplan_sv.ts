<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
  <context>
    <name>Samplan</name>
    <message>
      <location filename="../plugin.py" line="48" />
      <source>The Python package {0} is not installed: {1} is not available; the rest of Samplan works.</source>
      <translation>Python-paketet {0} är inte installerat: {1} är inte tillgängligt; resten av Samplan fungerar.</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="63" />
      <source>&amp;Samplan</source>
      <translation>&amp;Samplan</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="65" />
      <source>Samplan</source>
      <translation>Samplan</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="69" />
      <source>Conflict inspector</source>
      <translation>Konfliktgranskning</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="70" />
      <source>Rule set editor</source>
      <translation>Redigera regeluppsättning</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="71" />
      <source>Load sample region…</source>
      <translation>Läs in exempelregion…</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="78" />
      <source>Samplan → Help → What is missing shows how.</source>
      <translation>Samplan → Hjälp → Vad saknas visar hur.</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="85" />
      <source>Install missing Python packages…</source>
      <translation>Installera saknade Python-paket…</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="110" />
      <source>The packages are installed in {0}. Restart QGIS to use them: an older version is loaded already.</source>
      <translation>Paketen är installerade i {0}. Starta om QGIS för att använda dem: en äldre version är redan inläst.</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="129" />
      <source>Samplan is ready: its packages are installed.</source>
      <translation>Samplan är klart: dess paket är installerade.</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="135" />
      <source>Help</source>
      <translation>Hjälp</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="138" />
      <source>User guide</source>
      <translation>Användarhandbok</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="141" />
      <source>Trainer's guide: a one-hour workshop</source>
      <translation>Utbildarhandledning: en workshop på en timme</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="144" />
      <source>What is missing</source>
      <translation>Vad saknas</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="152" />
      <source>What is missing ({0})</source>
      <translation>Vad saknas ({0})</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="201" />
      <source>Folder for the sample region</source>
      <translation>Mapp för exempelregionen</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="226" />
      <source>Load sample region</source>
      <translation>Läs in exempelregion</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="227" />
      <source>{0} already holds a sample region, perhaps with the reviews of an earlier workshop.</source>
      <translation>{0} innehåller redan en exempelregion, kanske med granskningar från en tidigare workshop.</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="233" />
      <source>Start again builds the region anew and removes its results and reviews. Open existing keeps them.</source>
      <translation>Börja om bygger regionen på nytt och tar bort dess resultat och granskningar. Öppna befintlig behåller dem.</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="235" />
      <source>Start again</source>
      <translation>Börja om</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="236" />
      <source>Open existing</source>
      <translation>Öppna befintlig</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="250" />
      <source>Building the sample region in {0} …</source>
      <translation>Bygger exempelregionen i {0} …</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="269" />
      <source>Samplan's algorithms are not available without these packages. Choose Samplan &gt; Install missing Python packages…, or install them by hand into your QGIS profile (nothing system-wide) and restart QGIS:</source>
      <translation>Samplans algoritmer är inte tillgängliga utan dessa paket. Välj Samplan &gt; Installera saknade Python-paket…, eller installera dem för hand i din QGIS-profil (inget i hela systemet) och starta om QGIS:</translation>
    </message>
    <message>
      <location filename="../dependencies.py" line="47" />
      <source>shared review in PostGIS</source>
      <translation>delad granskning i PostGIS</translation>
    </message>
    <message>
      <location filename="../dependencies.py" line="48" />
      <source>charts in the workshop report</source>
      <translation>diagrammen i workshoprapporten</translation>
    </message>
    <message>
      <location filename="../dependencies.py" line="271" />
      <source>Samplan needs the Python package {0} (version {1} or newer), which QGIS's Python does not have.</source>
      <translation>Samplan behöver Python-paketet {0} (version {1} eller senare), som QGIS:s Python saknar.</translation>
    </message>
    <message>
      <location filename="../dependencies.py" line="277" />
      <source>Samplan needs the Python package {0} in version {1} or newer; QGIS's Python has version {2}.</source>
      <translation>Samplan behöver Python-paketet {0} i version {1} eller senare; QGIS:s Python har version {2}.</translation>
    </message>
    <message>
      <location filename="../core/accessibility.py" line="233" />
      <source>{0} population feature(s) ({1} people) reach no destination: farther than {2} m from the network, or on a part of it without destinations.</source>
      <translation>{0} befolkningsobjekt ({1} personer) når ingen målpunkt: längre än {2} m från nätet, eller på en del av det utan målpunkter.</translation>
    </message>
    <message>
      <location filename="../core/area_disruption.py" line="139" />
      <source>{0} population feature(s) ({1} people) lie farther than {2} m from the network and are left out.</source>
      <translation>{0} befolkningsobjekt ({1} personer) ligger längre än {2} m från nätet och lämnas utanför.</translation>
    </message>
    <message>
      <location filename="../core/area_disruption.py" line="154" />
      <source>{0} centre(s) lie farther than {1} m from the network and are left out.</source>
      <translation>{0} centrum ligger längre än {1} m från nätet och lämnas utanför.</translation>
    </message>
    <message>
      <location filename="../core/area_disruption.py" line="173" />
      <source>{0} people have no route to any centre even with every link open: they count as cut off already, not for any area.</source>
      <translation>{0} personer har ingen väg till något centrum ens med alla länkar öppna: de räknas som avskurna redan, inte för något område.</translation>
    </message>
    <message>
      <location filename="../core/area_disruption.py" line="248" />
      <source>{0} area(s) touch no link of the network and close nothing: {1}.</source>
      <translation>{0} område(n) rör ingen länk i nätet och stänger ingenting: {1}.</translation>
    </message>
    <message>
      <location filename="../core/area_disruption.py" line="256" />
      <source>Trips: {0} in all; each area's trips lost and added travel time are counted with all other areas open.</source>
      <translation>Resor: {0} totalt; varje områdes förlorade resor och ökade restid räknas med alla andra områden öppna.</translation>
    </message>
    <message>
      <location filename="../core/categories.py" line="64" />
      <source>'{0}' is empty</source>
      <translation>'{0}' är tom</translation>
    </message>
    <message>
      <location filename="../core/categories.py" line="71" />
      <source>'{0}' is not an ÖP-modell category; expected one of {1}</source>
      <translation>'{0}' är inte en kategori i ÖP-modellen; förväntade en av {1}</translation>
    </message>
    <message>
      <location filename="../core/categories.py" line="80" />
      <source>'{0}' is mapped twice, differently (also on line {1})</source>
      <translation>'{0}' mappas två gånger, olika (även på rad {1})</translation>
    </message>
    <message>
      <location filename="../core/commuting.py" line="40" />
      <source>{0}, feature {1}, field '{2}'</source>
      <translation>{0}, objekt {1}, fält '{2}'</translation>
    </message>
    <message>
      <location filename="../core/commuting.py" line="42" />
      <source>{0}, feature {1}</source>
      <translation>{0}, objekt {1}</translation>
    </message>
    <message>
      <location filename="../core/commuting.py" line="59" />
      <source>the count is empty</source>
      <translation>antalet är tomt</translation>
    </message>
    <message>
      <location filename="../core/commuting.py" line="73" />
      <source>the count '{0}' could be read as {1} or as {2}: write thousands without a separator or with a space</source>
      <translation>antalet '{0}' kan läsas som {1} eller som {2}: skriv tusental utan avgränsare eller med mellanslag</translation>
    </message>
    <message>
      <location filename="../core/commuting.py" line="83" />
      <source>the count '{0}' is not a number</source>
      <translation>antalet '{0}' är inte ett tal</translation>
    </message>
    <message>
      <location filename="../core/commuting.py" line="89" />
      <source>the count '{0}' is not a finite number</source>
      <translation>antalet '{0}' är inte ett ändligt tal</translation>
    </message>
    <message>
      <location filename="../core/commuting.py" line="96" />
      <source>the count {0} is negative; counts of commuters are zero or more</source>
      <translation>antalet {0} är negativt; antal pendlare är noll eller fler</translation>
    </message>
    <message>
      <location filename="../core/commuting.py" line="105" />
      <source>the count '{0}' is not a whole number of commuters (a comma is read as a decimal comma: write thousands without a separator or with a space)</source>
      <translation>antalet '{0}' är inte ett heltal pendlare (kommatecken läses som decimalkomma: skriv tusental utan avgränsare eller med mellanslag)</translation>
    </message>
    <message>
      <location filename="../core/commuting.py" line="128" />
      <source>the zone code is empty</source>
      <translation>områdeskoden är tom</translation>
    </message>
    <message>
      <location filename="../core/commuting.py" line="233" />
      <source>there is no column '{0}', and one column per year: {1}. Give the year to use as the column of the number of employed commuters</source>
      <translation>kolumnen '{0}' finns inte, men en kolumn per år: {1}. Ange vilket år som ska användas som kolumn för antalet förvärvsarbetande pendlare</translation>
    </message>
    <message>
      <location filename="../core/commuting.py" line="247" />
      <source>missing column(s): {0}. The table's columns are: {1}</source>
      <translation>kolumn(er) saknas: {0}. Tabellens kolumner är: {1}</translation>
    </message>
    <message>
      <location filename="../core/commuting.py" line="255" />
      <source>{0}: the column '{1}' is read as the residence column (there is no column '{2}').</source>
      <translation>{0}: kolumnen '{1}' läses som bostadsområdets kolumn (kolumnen '{2}' finns inte).</translation>
    </message>
    <message>
      <location filename="../core/commuting.py" line="256" />
      <source>{0}: the column '{1}' is read as the workplace column (there is no column '{2}').</source>
      <translation>{0}: kolumnen '{1}' läses som arbetsplatsens kolumn (kolumnen '{2}' finns inte).</translation>
    </message>
    <message>
      <location filename="../core/commuting.py" line="257" />
      <source>{0}: the column '{1}' is read as the count column (there is no column '{2}').</source>
      <translation>{0}: kolumnen '{1}' läses som kolumnen för antal (kolumnen '{2}' finns inte).</translation>
    </message>
    <message>
      <location filename="../core/commuting.py" line="305" />
      <source>{0}: only the rows with {1} = '{2}' are read (the column also holds {3}).</source>
      <translation>{0}: bara raderna med {1} = '{2}' läses (kolumnen innehåller också {3}).</translation>
    </message>
    <message>
      <location filename="../core/commuting.py" line="385" />
      <source>zone code(s) occur more than once: {0}</source>
      <translation>områdeskod(er) förekommer mer än en gång: {0}</translation>
    </message>
    <message>
      <location filename="../core/commuting.py" line="400" />
      <source>{0}: {1} pair(s) of residence and workplace occur on more than one row; their counts were summed: {2}</source>
      <translation>{0}: {1} par av bostad och arbetsplats står på mer än en rad; deras antal har summerats: {2}</translation>
    </message>
    <message>
      <location filename="../core/commuting.py" line="420" />
      <source>no row of the commuting table has both codes among the zones of {0}, so there is nothing to compute ({1} of its codes match a zone). The table's codes, as read: {2}. The zones' codes: {3}. Check the zone code field and the table's columns (a code and a name in one cell, such as '2505 Arvidsjaur', is read as 2505).</source>
      <translation>ingen rad i pendlingstabellen har båda koderna bland områdena i {0}, så det finns inget att beräkna ({1} av dess koder matchar ett område). Tabellens koder, som de lästes: {2}. Områdenas koder: {3}. Kontrollera områdenas kodfält och tabellens kolumner (kod och namn i en cell, som '2505 Arvidsjaur', läses som 2505).</translation>
    </message>
    <message>
      <location filename="../core/commuting.py" line="435" />
      <source>{0}: {1} zone code(s) in the commuting table are not among the zones of {2}: {3}. Their {4} commuter(s) on {5} row(s) are left out.</source>
      <translation>{0}: {1} områdeskod(er) i pendlingstabellen finns inte bland områdena i {2}: {3}. Deras {4} pendlare på {5} rad(er) lämnas utanför.</translation>
    </message>
    <message>
      <location filename="../core/commuting.py" line="456" />
      <source>{0}: {1} zone(s) have no commuting at all in the table: {2}. Each stays a region of its own.</source>
      <translation>{0}: {1} område(n) har ingen pendling alls i tabellen: {2}. Vart och ett blir en egen region.</translation>
    </message>
    <message>
      <location filename="../core/commuting.py" line="498" />
      <source>{0}: {1} cell(s) hold a code and a name; the code before the first space is used: {2}</source>
      <translation>{0}: {1} cell(er) innehåller kod och namn; koden före första mellanslaget används: {2}</translation>
    </message>
    <message>
      <location filename="../core/commuting.py" line="507" />
      <source>{0}: {1} code(s) match a zone only as numbers (leading zeros differ): {2}</source>
      <translation>{0}: {1} kod(er) matchar ett område bara som tal (inledande nollor skiljer sig): {2}</translation>
    </message>
    <message>
      <location filename="../core/conflicts.py" line="132" />
      <source>Rule {0}: no theme feature of role '{1}' has category {2}; every matching plan feature is reported as a gap.</source>
      <translation>Regel {0}: inget temaobjekt med rollen '{1}' har kategorin {2}; varje matchande planobjekt redovisas som en lucka.</translation>
    </message>
    <message>
      <location filename="../core/conflicts.py" line="146" />
      <source>No layer was given in the role '{0}': rules {1} were not checked.</source>
      <translation>Inget skikt angavs i rollen '{0}': reglerna {1} prövades inte.</translation>
    </message>
    <message>
      <location filename="../core/conflicts.py" line="173" />
      <source>Plan draft layer '{0}': {1} feature(s) have no category and match no rule (feature ids {2}).</source>
      <translation>Planförslagets skikt '{0}': {1} objekt saknar kategori och matchar ingen regel (objekt-id {2}).</translation>
    </message>
    <message>
      <location filename="../core/conflicts.py" line="186" />
      <source>Plan draft layer '{0}': no rule applies to the categories {1}. Map them onto ÖP-modell categories with a category mapping file.</source>
      <translation>Planförslagets skikt '{0}': ingen regel gäller kategorierna {1}. Mappa dem till ÖP-modellens kategorier med en fil för kategorimappning.</translation>
    </message>
    <message>
      <location filename="../core/criticality.py" line="103" />
      <source>The network has one-way links: bridges (no alternative route) are judged on the network without directions; {0} one-way link(s) have no way back at all on the directed network (no_way_back), and detours follow the directions.</source>
      <translation>Nätet har enkelriktade länkar: bryggor (ingen alternativ väg) bedöms i nätet utan riktningar; {0} enkelriktad(e) länk(ar) har ingen väg alls tillbaka i det riktade nätet (no_way_back), och omvägar följer riktningarna.</translation>
    </message>
    <message>
      <location filename="../core/criticality.py" line="161" />
      <source>{0} people live on network parts without any centre: they count as cut off already, not for any link.</source>
      <translation>{0} personer bor på nätdelar utan något centrum: de räknas som redan avskurna, inte för någon länk.</translation>
    </message>
    <message>
      <location filename="../core/criticality_demand.py" line="42" />
      <source>'{0}' is not a number</source>
      <translation>'{0}' är inte ett tal</translation>
    </message>
    <message>
      <location filename="../core/criticality_demand.py" line="46" />
      <source>trips must be zero or more, not {0}</source>
      <translation>antalet resor måste vara noll eller mer, inte {0}</translation>
    </message>
    <message>
      <location filename="../core/criticality_demand.py" line="82" />
      <source>Demand: {0} trips between {1} zones.</source>
      <translation>Efterfrågan: {0} resor mellan {1} zoner.</translation>
    </message>
    <message>
      <location filename="../core/criticality_demand.py" line="106" />
      <source>OD table: {0} row(s) name zones that are not among the attached population features and are left out ({1}).</source>
      <translation>OD-tabell: {0} rad(er) anger zoner som inte finns bland de anslutna befolkningsobjekten och lämnas utanför ({1}).</translation>
    </message>
    <message>
      <location filename="../core/criticality_demand.py" line="131" />
      <source>OD table: zones that join the network at one node count as one zone, and the {0} trip(s) between them are left out: {1}.</source>
      <translation>OD-tabell: zoner som ansluts till nätet i samma nod räknas som en zon, och de {0} resorna mellan dem lämnas utanför: {1}.</translation>
    </message>
    <message>
      <location filename="../core/drafts.py" line="113" />
      <source>Give at least two versions of the plan draft to compare; got {0}.</source>
      <translation>Ange minst två versioner av planförslaget att jämföra; fick {0}.</translation>
    </message>
    <message>
      <location filename="../core/drafts.py" line="120" />
      <source>Version '{0}' (layer '{1}') has no features with a geometry.</source>
      <translation>Version '{0}' (skikt '{1}') har inga objekt med geometri.</translation>
    </message>
    <message>
      <location filename="../core/drafts.py" line="131" />
      <source>Version '{0}', layer '{1}': the categories {2} are not ÖP-modell categories (feature ids {3}). Map them onto ÖP-modell categories with a category mapping file.</source>
      <translation>Version '{0}', skikt '{1}': kategorierna {2} är inte kategorier i ÖP-modellen (objekt-id {3}). Mappa dem till ÖP-modellens kategorier med en fil för kategorimappning.</translation>
    </message>
    <message>
      <location filename="../core/drafts.py" line="149" />
      <source>Two versions have the same name: {0}. Give each version its own name.</source>
      <translation>Två versioner har samma namn: {0}. Ge varje version ett eget namn.</translation>
    </message>
    <message>
      <location filename="../core/drafts.py" line="355" />
      <source>Stops layer '{0}': the field '{1}' holds no number of weekday departures for {2} stop(s) (feature ids {3}). Fill in the departures, or leave those stops out.</source>
      <translation>Hållplatsskiktet '{0}': fältet '{1}' saknar ett antal avgångar en vardag för {2} hållplats(er) (objekt-id {3}). Fyll i avgångarna eller utelämna de hållplatserna.</translation>
    </message>
    <message>
      <location filename="../core/drafts.py" line="472" />
      <source>Area: {0}</source>
      <translation>Yta: {0}</translation>
    </message>
    <message>
      <location filename="../core/drafts.py" line="473" />
      <source>New development</source>
      <translation>Ny bebyggelse</translation>
    </message>
    <message>
      <location filename="../core/drafts.py" line="474" />
      <source>New development on agricultural land</source>
      <translation>Ny bebyggelse på jordbruksmark</translation>
    </message>
    <message>
      <location filename="../core/drafts.py" line="475" />
      <source>New development in flood zones</source>
      <translation>Ny bebyggelse i översvämningsområden</translation>
    </message>
    <message>
      <location filename="../core/drafts.py" line="476" />
      <source>New development in protected nature</source>
      <translation>Ny bebyggelse i skyddad natur</translation>
    </message>
    <message>
      <location filename="../core/drafts.py" line="477" />
      <source>New housing</source>
      <translation>Ny bostadsbebyggelse</translation>
    </message>
    <message>
      <location filename="../core/drafts.py" line="478" />
      <source>New housing within 1 km of a station or 400 m of a frequent stop</source>
      <translation>Ny bostadsbebyggelse inom 1 km från station eller 400 m från hållplats med hög turtäthet</translation>
    </message>
    <message>
      <location filename="../core/drafts.py" line="479" />
      <source>Conflict check results: {0}</source>
      <translation>Konfliktkontrollens resultat: {0}</translation>
    </message>
    <message>
      <location filename="../core/drafts.py" line="480" />
      <source>Incompatible uses across municipal borders</source>
      <translation>Oförenliga användningar över kommungränser</translation>
    </message>
    <message>
      <location filename="../core/drafts.py" line="481" />
      <source>Effective mesh size of the region after the plan</source>
      <translation>Regionens effektiva maskstorlek efter planen</translation>
    </message>
    <message>
      <location filename="../core/drafts.py" line="482" />
      <source>Change in effective mesh size</source>
      <translation>Förändring av effektiv maskstorlek</translation>
    </message>
    <message>
      <location filename="../core/drafts.py" line="493" />
      <source>conflict</source>
      <translation>konflikt</translation>
    </message>
    <message>
      <location filename="../core/drafts.py" line="493" />
      <source>warning</source>
      <translation>varning</translation>
    </message>
    <message>
      <location filename="../core/drafts.py" line="493" />
      <source>opportunity</source>
      <translation>möjlighet</translation>
    </message>
    <message>
      <location filename="../core/fragmentation.py" line="114" />
      <source>Barrier widths: '{0}' is not of the form 'category=width in metres'.</source>
      <translation>Barriärbredder: '{0}' har inte formen 'kategori=bredd i meter'.</translation>
    </message>
    <message>
      <location filename="../core/fragmentation.py" line="152" />
      <source>Barrier layer '{0}': no width is given for the categories {1}; they are {2} m wide.</source>
      <translation>Barriärskikt '{0}': ingen bredd anges för kategorierna {1}; de räknas som {2} m breda.</translation>
    </message>
    <message>
      <location filename="../core/fragmentation.py" line="197" />
      <source>Plan layer '{0}': the categories {1} are not ÖP-modell categories (feature ids {2}). Map them onto ÖP-modell categories with a category mapping file.</source>
      <translation>Planskiktet '{0}': kategorierna {1} är inte kategorier i ÖP-modellen (objekt-id {2}). Mappa dem till ÖP-modellens kategorier med en fil för kategorimappning.</translation>
    </message>
    <message>
      <location filename="../core/fragmentation.py" line="329" />
      <source>Reporting units layer '{0}' has no polygons.</source>
      <translation>Skiktet med redovisningsområden '{0}' har inga polygoner.</translation>
    </message>
    <message>
      <location filename="../core/fragmentation.py" line="337" />
      <source>The context distance beyond the units must be 0 m or more; got {0}.</source>
      <translation>Kontextavståndet utanför områdena måste vara 0 m eller mer; angivet: {0}.</translation>
    </message>
    <message>
      <location filename="../core/fragmentation.py" line="354" />
      <source>Without habitat layers the landscape is the units' whole area: patches end at its outer edge, so m_eff_CBC counts connections across the units' shared borders only.</source>
      <translation>Utan livsmiljöskikt är landskapet områdenas hela yta: ytorna slutar vid dess yttre kant, så m_eff_CBC räknar bara samband över områdenas gemensamma gränser.</translation>
    </message>
    <message>
      <location filename="../core/functional_regions/contiguity.py" line="112" />
      <source>{0} part(s) of regions have no neighbouring zone in another region (islands) and stay where they are.</source>
      <translation>{0} del(ar) av regioner saknar angränsande område i en annan region (öar) och blir kvar där de är.</translation>
    </message>
    <message>
      <location filename="../core/functional_regions/contiguity.py" line="122" />
      <source>{0} zone(s) moved to a neighbouring region so that every region is one piece: {1}.</source>
      <translation>{0} område(n) flyttades till en angränsande region så att varje region blir sammanhängande: {1}.</translation>
    </message>
    <message>
      <location filename="../core/functional_regions/model.py" line="38" />
      <source>The minimum size ({0}) must be at least 0 and below the target size ({1}).</source>
      <translation>Minsta storlek ({0}) måste vara minst 0 och lägre än målstorleken ({1}).</translation>
    </message>
    <message>
      <location filename="../core/functional_regions/model.py" line="46" />
      <source>Self-containment must satisfy 0 &lt; minimum ({0}) ≤ target ({1}) ≤ 1.</source>
      <translation>Självförsörjningen måste uppfylla 0 &lt; minimum ({0}) ≤ mål ({1}) ≤ 1.</translation>
    </message>
    <message>
      <location filename="../core/functional_regions/scb.py" line="47" />
      <source>No zone is a centre: in every zone, more of the employed residents work in other zones, or more in one other zone, than the thresholds allow. SCB's rule is made for municipalities; for small zones such as DeSO or RegSO use travel-to-work areas.</source>
      <translation>Inget område är ett centrum: i varje område arbetar fler av de förvärvsarbetande invånarna i andra områden, eller fler i ett enskilt annat område, än gränserna tillåter. SCB:s regel är gjord för kommuner; för små områden som DeSO eller RegSO, använd resebehovsområden.</translation>
    </message>
    <message>
      <location filename="../core/functional_regions/scb.py" line="90" />
      <source>{0} zone(s) reach no centre within two links and form regions of their own: {1}.</source>
      <translation>{0} område(n) når inget centrum inom två länkar och bildar egna regioner: {1}.</translation>
    </message>
    <message>
      <location filename="../core/functional_regions/ttwa.py" line="110" />
      <source>{0} zone(s) have only employed residents or only jobs among the zones (or commute only within themselves) and are set aside, each a region of its own, as Istat's package does: {1}.</source>
      <translation>{0} område(n) har bara förvärvsarbetande invånare eller bara arbetstillfällen bland områdena (eller pendlar bara inom sig själva) och läggs åt sidan, vart och ett som egen region, som Istats paket gör: {1}.</translation>
    </message>
    <message>
      <location filename="../core/functional_regions/ttwa.py" line="186" />
      <source>Travel-to-work areas: the iteration stopped after {0} steps without converging (it would have repeated itself, or reached 50 steps per zone); the regions left invalid are named in the next warning.</source>
      <translation>Resebehovsområden: iterationen stannade efter {0} steg utan att konvergera (den skulle ha upprepat sig, eller nådde 50 steg per område); de regioner som är kvar ogiltiga nämns i nästa varning.</translation>
    </message>
    <message>
      <location filename="../core/functional_regions/ttwa.py" line="241" />
      <source>{0} zone(s) on the reserve list have no commuting with any region and form {1} region(s) of their own: {2}.</source>
      <translation>{0} område(n) på reservlistan har ingen pendling med någon region och bildar {1} egen/egna region(er): {2}.</translation>
    </message>
    <message>
      <location filename="../core/functional_regions/ttwa.py" line="259" />
      <source>{0} region(s) do not meet the validity condition: {1}.</source>
      <translation>{0} region(er) uppfyller inte giltighetsvillkoret: {1}.</translation>
    </message>
    <message>
      <location filename="../core/gtfs.py" line="110" />
      <source>The GTFS feed '{0}' is neither a zip file nor a folder.</source>
      <translation>GTFS-flödet '{0}' är varken en zip-fil eller en mapp.</translation>
    </message>
    <message>
      <location filename="../core/gtfs.py" line="113" />
      <source>The GTFS feed '{0}' has no {1}.</source>
      <translation>GTFS-flödet '{0}' saknar {1}.</translation>
    </message>
    <message>
      <location filename="../core/gtfs.py" line="115" />
      <source>The GTFS feed '{0}' has neither calendar.txt nor calendar_dates.txt.</source>
      <translation>GTFS-flödet '{0}' har varken calendar.txt eller calendar_dates.txt.</translation>
    </message>
    <message>
      <location filename="../core/gtfs.py" line="127" />
      <source>{0} cannot be read as CSV: {1}</source>
      <translation>{0} kan inte läsas som CSV: {1}</translation>
    </message>
    <message>
      <location filename="../core/gtfs.py" line="135" />
      <source>{0} has no column '{1}'.</source>
      <translation>{0} saknar kolumnen '{1}'.</translation>
    </message>
    <message>
      <location filename="../core/gtfs.py" line="153" />
      <source>{0}, line {1}: '{2}' in {3} is not a time (H:MM:SS).</source>
      <translation>{0}, rad {1}: '{2}' i {3} är ingen tid (H:MM:SS).</translation>
    </message>
    <message>
      <location filename="../core/gtfs.py" line="168" />
      <source>{0}, line {1}: {2} '{3}' is not in {4} ({5} such line(s)).</source>
      <translation>{0}, rad {1}: {2} '{3}' finns inte i {4} ({5} sådana rader).</translation>
    </message>
    <message>
      <location filename="../core/gtfs.py" line="231" />
      <source>stops.txt, line {0}: stop_id '{1}' appears twice.</source>
      <translation>stops.txt, rad {0}: stop_id '{1}' förekommer två gånger.</translation>
    </message>
    <message>
      <location filename="../core/gtfs.py" line="260" />
      <source>trips.txt, line {0}: trip_id '{1}' appears twice.</source>
      <translation>trips.txt, rad {0}: trip_id '{1}' förekommer två gånger.</translation>
    </message>
    <message>
      <location filename="../core/gtfs.py" line="283" />
      <source>stop_times.txt, line {0}: stop_sequence '{1}' is not a number.</source>
      <translation>stop_times.txt, rad {0}: stop_sequence '{1}' är inget tal.</translation>
    </message>
    <message>
      <location filename="../core/gtfs.py" line="313" />
      <source>stop_times.txt, line {0}: trip '{1}' has no time at its first or last stop.</source>
      <translation>stop_times.txt, rad {0}: turen '{1}' saknar tid vid sin första eller sista hållplats.</translation>
    </message>
    <message>
      <location filename="../core/gtfs.py" line="337" />
      <source>frequencies.txt, line {0}: headway_secs '{1}' is not a positive number.</source>
      <translation>frequencies.txt, rad {0}: headway_secs '{1}' är inget positivt tal.</translation>
    </message>
    <message>
      <location filename="../core/gtfs.py" line="363" />
      <source>The GTFS feed '{0}' has no service on {1} (its calendars run from {2} to {3}).</source>
      <translation>GTFS-flödet '{0}' har ingen trafik den {1} (dess kalendrar gäller från {2} till {3}).</translation>
    </message>
    <message>
      <location filename="../core/gtfs.py" line="380" />
      <source>stops.txt: {0} stop(s) in use have no coordinates (nor a parent station with them) and can be reached only by transfers: {1}</source>
      <translation>stops.txt: {0} hållplats(er) som används saknar koordinater (och saknar en överordnad station med koordinater) och nås bara via byten: {1}</translation>
    </message>
    <message>
      <location filename="../core/gtfs.py" line="514" />
      <source>'{0}' is not a date (YYYY-MM-DD).</source>
      <translation>'{0}' är inget datum (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
      <location filename="../core/gtfs.py" line="525" />
      <source>'{0}' is not a time of day (HH:MM).</source>
      <translation>'{0}' är inget klockslag (TT:MM).</translation>
    </message>
    <message>
      <location filename="../core/input_checks.py" line="23" />
      <source>'{0}' could be read as {1} or as {2}</source>
      <translation>'{0}' kan läsas som {1} eller som {2}</translation>
    </message>
    <message>
      <location filename="../core/network_graph.py" line="127" />
      <source>Network: {0} links, {1} nodes; main network {2} links, {3} island(s) with {4} links, {5} loose link(s); {6} closed loop(s) or links shorter than the tolerance left out.</source>
      <translation>Nät: {0} länkar, {1} noder; huvudnät {2} länkar, {3} ö(ar) med {4} länkar, {5} lös(a) länk(ar); {6} slutna slingor eller länkar kortare än toleransen utelämnade.</translation>
    </message>
    <message>
      <location filename="../core/rules.py" line="32" />
      <source>Settlement</source>
      <translation>Bebyggelse</translation>
    </message>
    <message>
      <location filename="../core/rules.py" line="33" />
      <source>Infrastructure</source>
      <translation>Infrastruktur</translation>
    </message>
    <message>
      <location filename="../core/rules.py" line="34" />
      <source>Green-blue structure</source>
      <translation>Grönblå struktur</translation>
    </message>
    <message>
      <location filename="../core/rules.py" line="35" />
      <source>Other</source>
      <translation>Övrigt</translation>
    </message>
    <message>
      <location filename="../core/rules.py" line="39" />
      <source>Settlement layers</source>
      <translation>Skikt för bebyggelse</translation>
    </message>
    <message>
      <location filename="../core/rules.py" line="40" />
      <source>Infrastructure layers</source>
      <translation>Skikt för infrastruktur</translation>
    </message>
    <message>
      <location filename="../core/rules.py" line="41" />
      <source>Green-blue structure layers</source>
      <translation>Skikt för grönblå struktur</translation>
    </message>
    <message>
      <location filename="../core/rules.py" line="42" />
      <source>Other layers (riksintressen, risk)</source>
      <translation>Övriga skikt (riksintressen, risk)</translation>
    </message>
    <message>
      <location filename="../core/rules.py" line="112" />
      <source>the rule set holds no rules</source>
      <translation>regeluppsättningen innehåller inga regler</translation>
    </message>
    <message>
      <location filename="../core/rules.py" line="124" />
      <source>rule id '{0}' is used twice (also on line {1})</source>
      <translation>regel-id '{0}' används två gånger (även på rad {1})</translation>
    </message>
    <message>
      <location filename="../core/rules.py" line="159" />
      <source>unknown relation '{0}'; expected one of {1}</source>
      <translation>okänd relation '{0}'; förväntade en av {1}</translation>
    </message>
    <message>
      <location filename="../core/rules.py" line="167" />
      <source>unknown severity '{0}'; expected one of {1}</source>
      <translation>okänd allvarlighetsgrad '{0}'; förväntade en av {1}</translation>
    </message>
    <message>
      <location filename="../core/rules.py" line="175" />
      <source>unknown theme role '{0}'; expected one of {1}</source>
      <translation>okänd temaroll '{0}'; förväntade en av {1}</translation>
    </message>
    <message>
      <location filename="../core/rules.py" line="182" />
      <source>no plan category given</source>
      <translation>ingen plankategori angiven</translation>
    </message>
    <message>
      <location filename="../core/rules.py" line="183" />
      <source>no theme category given</source>
      <translation>ingen temakategori angiven</translation>
    </message>
    <message>
      <location filename="../core/rules.py" line="189" />
      <source>an empty category between '|' in '{0}'</source>
      <translation>en tom kategori mellan '|' i '{0}'</translation>
    </message>
    <message>
      <location filename="../core/rules.py" line="205" />
      <source>rule id '{0}' is used twice (also on row {1})</source>
      <translation>regel-id '{0}' används två gånger (även på rad {1})</translation>
    </message>
    <message>
      <location filename="../core/rules.py" line="225" />
      <source>relation '{0}' takes no distance, found '{1}'</source>
      <translation>relationen '{0}' tar inget avstånd, fann '{1}'</translation>
    </message>
    <message>
      <location filename="../core/rules.py" line="228" />
      <source>relation '{0}' needs a distance in metres</source>
      <translation>relationen '{0}' behöver ett avstånd i meter</translation>
    </message>
    <message>
      <location filename="../core/rules.py" line="232" />
      <source>'{0}' is not a number of metres</source>
      <translation>'{0}' är inte ett antal meter</translation>
    </message>
    <message>
      <location filename="../core/rules.py" line="234" />
      <source>the distance must be a positive number of metres, found '{0}'</source>
      <translation>avståndet måste vara ett positivt antal meter, fann '{0}'</translation>
    </message>
    <message>
      <location filename="../core/table_files.py" line="28" />
      <source>{0}, column '{1}'</source>
      <translation>{0}, kolumn '{1}'</translation>
    </message>
    <message>
      <location filename="../core/table_files.py" line="33" />
      <source>{0}, line {1}, column '{2}'</source>
      <translation>{0}, rad {1}, kolumn '{2}'</translation>
    </message>
    <message>
      <location filename="../core/table_files.py" line="35" />
      <source>{0}, line {1}</source>
      <translation>{0}, rad {1}</translation>
    </message>
    <message>
      <location filename="../core/table_files.py" line="46" />
      <source>cannot be read: {0}</source>
      <translation>kan inte läsas: {0}</translation>
    </message>
    <message>
      <location filename="../core/table_files.py" line="77" />
      <source>the file is empty; expected a header line with {0}</source>
      <translation>filen är tom; förväntade en rubrikrad med {0}</translation>
    </message>
    <message>
      <location filename="../core/table_files.py" line="86" />
      <source>missing column(s): {0}</source>
      <translation>saknade kolumner: {0}</translation>
    </message>
    <message>
      <location filename="../core/table_files.py" line="93" />
      <source>unknown column '{0}'; expected {1}</source>
      <translation>okänd kolumn '{0}'; förväntade {1}</translation>
    </message>
    <message>
      <location filename="../core/table_files.py" line="106" />
      <source>expected {0} fields, found {1} (a missing quote or delimiter?)</source>
      <translation>förväntade {0} fält, fann {1} (ett saknat citattecken eller avgränsare?)</translation>
    </message>
    <message>
      <location filename="../core/transit_accessibility.py" line="35" />
      <source>faster than the car (&lt; 1.0)</source>
      <translation>snabbare än bilen (&lt; 1,0)</translation>
    </message>
    <message>
      <location filename="../core/transit_accessibility.py" line="36" />
      <source>competitive (1.0-1.5)</source>
      <translation>konkurrenskraftig (1,0–1,5)</translation>
    </message>
    <message>
      <location filename="../core/transit_accessibility.py" line="37" />
      <source>acceptable (1.5-2.0)</source>
      <translation>godtagbar (1,5–2,0)</translation>
    </message>
    <message>
      <location filename="../core/transit_accessibility.py" line="38" />
      <source>not competitive (&gt; 2.0)</source>
      <translation>inte konkurrenskraftig (&gt; 2,0)</translation>
    </message>
    <message>
      <location filename="../core/transit_accessibility.py" line="39" />
      <source>no trip</source>
      <translation>ingen resa</translation>
    </message>
    <message>
      <location filename="../core/transit_accessibility.py" line="44" />
      <source>no departure</source>
      <translation>ingen avgång</translation>
    </message>
    <message>
      <location filename="../core/transit_accessibility.py" line="45" />
      <source>less than hourly</source>
      <translation>mindre än en gång i timmen</translation>
    </message>
    <message>
      <location filename="../core/transit_accessibility.py" line="46" />
      <source>hourly</source>
      <translation>timtrafik</translation>
    </message>
    <message>
      <location filename="../core/transit_accessibility.py" line="47" />
      <source>half-hourly</source>
      <translation>halvtimmestrafik</translation>
    </message>
    <message>
      <location filename="../core/transit_accessibility.py" line="48" />
      <source>every 15 minutes or more often</source>
      <translation>var 15:e minut eller oftare</translation>
    </message>
    <message>
      <location filename="../core/transit_accessibility.py" line="193" />
      <source>{0} origin(s) ({1} people) have no trip to a destination within {2} minutes at the median departure minute of the window.</source>
      <translation>{0} startpunkt(er) ({1} personer) har ingen resa till en målpunkt inom {2} minuter vid medianavgångsminuten i tidsfönstret.</translation>
    </message>
    <message>
      <location filename="../core/transit_scenarios.py" line="47" />
      <source>The new line '{0}' needs at least two stops (it has {1}).</source>
      <translation>Den nya linjen '{0}' behöver minst två hållplatser (den har {1}).</translation>
    </message>
    <message>
      <location filename="../core/transit_scenarios.py" line="50" />
      <source>The headway of the new line '{0}' must be positive.</source>
      <translation>Turtätheten för den nya linjen '{0}' måste vara positiv.</translation>
    </message>
    <message>
      <location filename="../core/transit_scenarios.py" line="60" />
      <source>The new line '{0}' needs a speed or a run time.</source>
      <translation>Den nya linjen '{0}' behöver en hastighet eller en körtid.</translation>
    </message>
    <message>
      <location filename="../core/transit_scenarios.py" line="98" />
      <source>No trip of the chosen day runs on route(s) {0}.</source>
      <translation>Ingen tur under den valda dagen går på linje(r) {0}.</translation>
    </message>
    <message>
      <location filename="../core/transit_scenarios.py" line="100" />
      <source>The frequency factor must be a whole number of at least 1.</source>
      <translation>Turtäthetsfaktorn måste vara ett heltal, minst 1.</translation>
    </message>
    <message>
      <location filename="../algorithms/accessibility.py" line="93" />
      <source>Accessibility between city and countryside</source>
      <translation>Tillgänglighet mellan stad och land</translation>
    </message>
    <message>
      <location filename="../algorithms/accessibility.py" line="96" />
      <source>Networks</source>
      <translation>Nätverk</translation>
    </message>
    <message>
      <location filename="../algorithms/accessibility.py" line="102" />
      <source>accessibility,tillgänglighet,pipos,network,population,centre,service,travel time,restid</source>
      <translation>tillgänglighet,accessibility,pipos,nät,befolkning,centrum,service,restid,avstånd</translation>
    </message>
    <message>
      <location filename="../algorithms/accessibility.py" line="107" />
      <source>Measures how far the population lives from the nearest centre or service over the network, as Tillväxtverket's Pipos reports accessibility: per population feature the nearest destination by distance and the quickest by time (they may differ), the network distance to the one and the travel time to the other including the connector, and flags for the thresholds (by default 5 and 10 km, 30 and 45 minutes); per municipality the population-weighted mean and median, the share within each threshold and the people beyond it, all of the people who reach a destination; those who reach none are counted apart (population_unreached).

&lt;b&gt;Inputs.&lt;/b&gt; The network as for the weak links (snap tolerance, grade separation, one-way, speeds by field or by class; without speeds only distances). Population: points or a 250 m grid with a population field, read at a point inside each feature. Destinations: centres or services, optionally only those of some categories or of at least a size (for example tätorter of at least 3,000 inhabitants). Population and destinations join the network at the nearest point of the nearest link within the longest connector; the connector counts at its length, and at the connector speed for times. Municipalities (optional) group the results.

&lt;b&gt;Method.&lt;/b&gt; One multi-source Dijkstra from all destinations at once (each a virtual node joined to its link's ends) on the reversed network gives every node its nearest destination, instead of one search per origin as QNEAT3's OD matrix does; the same answers, in one pass.

&lt;b&gt;Before and after.&lt;/b&gt; With a planned link added (a line layer joined at shared vertices, and partway along a road where it ends on one), links cut (by feature id, or where they meet a cut layer), the same run on the changed network gives the difference per population feature and per municipality (after minus before; negative is closer).

&lt;b&gt;Iso-areas (optional).&lt;/b&gt; Per destination and threshold, the area from which the destination is reached within the threshold: a search from each destination (bounded by the largest threshold) gives every node its cost to it, the destination's connector included; every link is cut where the cost reaches the threshold (over either end as its direction allows, or straight along the destination's own link), and the reached parts are buffered by the iso-area buffer and merged into one polygon. The buffer stands for the people's own way to the road, which is not counted. Computed only when the output is asked for: one search per destination.

Sources: Tillväxtverket, Pipos (tillgänglighetsanalyser); Dijkstra (1959).

Input layers are never modified.</source>
      <translation>Mäter hur långt befolkningen bor från närmaste centrum eller service via nätet, så som Tillväxtverkets Pipos redovisar tillgänglighet: per befolkningsobjekt närmaste målpunkt efter avstånd och den snabbaste efter tid (de kan skilja sig), nätavståndet till den ena och restiden till den andra inklusive anslutningen, och flaggor för trösklarna (som standard 5 och 10 km, 30 och 45 minuter); per kommun det befolkningsviktade medelvärdet och medianen, andelen inom varje tröskel och antalet personer utanför, allt räknat på dem som når en målpunkt; de som inte når någon räknas för sig (population_unreached).

&lt;b&gt;Indata.&lt;/b&gt; Nätet som för de svaga länkarna (snäpptolerans, planskildhet, enkelriktning, hastigheter från fält eller klass; utan hastigheter bara avstånd). Befolkning: punkter eller ett 250 m-rutnät med ett befolkningsfält, läst i en punkt inuti varje objekt. Målpunkter: centrum eller service, valfritt bara vissa kategorier eller en minsta storlek (till exempel tätorter med minst 3 000 invånare). Befolkning och målpunkter ansluts till nätet i närmaste punkt på närmaste länk inom den längsta anslutningen; anslutningen räknas med sin längd, och med anslutningshastigheten för tider. Kommuner (valfritt) grupperar resultaten.

&lt;b&gt;Metod.&lt;/b&gt; En Dijkstrasökning från alla målpunkter samtidigt (var och en en virtuell nod kopplad till sin länks ändar) på det omvända nätet ger varje nod dess närmaste målpunkt, i stället för en sökning per start som QNEAT3:s OD-matris gör; samma svar, i ett svep.

&lt;b&gt;Före och efter.&lt;/b&gt; Med en planerad länk tillagd (ett linjelager som ansluts vid gemensamma brytpunkter, och mitt på en väg där det slutar på en), länkar brutna (efter objekt-id, eller där de möter ett brytlager), ger samma körning på det förändrade nätet skillnaden per befolkningsobjekt och per kommun (efter minus före; negativt är närmare).

&lt;b&gt;Isoområden (valfritt).&lt;/b&gt; Per målpunkt och tröskel, området varifrån målpunkten nås inom tröskeln: en sökning från varje målpunkt (begränsad av den största tröskeln) ger varje nod dess kostnad dit, målpunktens anslutning inräknad; varje länk kapas där kostnaden når tröskeln (via någon av ändarna som riktningen tillåter, eller rakt längs målpunktens egen länk), och de nådda delarna buffras med isoområdets buffert och slås samman till en polygon. Bufferten står för människornas egen väg till vägen, som inte räknas. Beräknas bara när utdata efterfrågas: en sökning per målpunkt.

Källor: Tillväxtverket, Pipos (tillgänglighetsanalyser); Dijkstra (1959).

Indatalager ändras aldrig.</translation>
    </message>
    <message>
      <location filename="../algorithms/accessibility.py" line="144" />
      <source>Population (points or grid polygons)</source>
      <translation>Befolkning (punkter eller rutnätsytor)</translation>
    </message>
    <message>
      <location filename="../algorithms/accessibility.py" line="148" />
      <source>Population field</source>
      <translation>Befolkningsfält</translation>
    </message>
    <message>
      <location filename="../algorithms/accessibility.py" line="152" />
      <source>Destinations (centres or services)</source>
      <translation>Målpunkter (centrum eller service)</translation>
    </message>
    <message>
      <location filename="../algorithms/accessibility.py" line="157" />
      <source>Destination name field</source>
      <translation>Fält för målpunktens namn</translation>
    </message>
    <message>
      <location filename="../algorithms/accessibility.py" line="163" />
      <source>Destination size field (e.g. population)</source>
      <translation>Fält för målpunktens storlek (t.ex. befolkning)</translation>
    </message>
    <message>
      <location filename="../algorithms/accessibility.py" line="171" />
      <source>Smallest destination size</source>
      <translation>Minsta storlek på målpunkt</translation>
    </message>
    <message>
      <location filename="../algorithms/accessibility.py" line="176" />
      <source>Destination category field</source>
      <translation>Fält för målpunktens kategori</translation>
    </message>
    <message>
      <location filename="../algorithms/accessibility.py" line="181" />
      <source>Destination categories to keep (separated by ';')</source>
      <translation>Målpunktskategorier att behålla (åtskilda med ';')</translation>
    </message>
    <message>
      <location filename="../algorithms/accessibility.py" line="186" />
      <source>Municipalities</source>
      <translation>Kommuner</translation>
    </message>
    <message>
      <location filename="../algorithms/accessibility.py" line="191" />
      <source>Municipality name field</source>
      <translation>Fält för kommunnamn</translation>
    </message>
    <message>
      <location filename="../algorithms/accessibility.py" line="196" />
      <source>Connector speed (km/h)</source>
      <translation>Anslutningshastighet (km/h)</translation>
    </message>
    <message>
      <location filename="../algorithms/accessibility.py" line="199" />
      <source>Distance thresholds (km)</source>
      <translation>Avståndströsklar (km)</translation>
    </message>
    <message>
      <location filename="../algorithms/accessibility.py" line="200" />
      <source>Time thresholds (minutes)</source>
      <translation>Tidströsklar (minuter)</translation>
    </message>
    <message>
      <location filename="../algorithms/accessibility.py" line="204" />
      <source>Changed network: planned links to add</source>
      <translation>Förändrat nät: planerade länkar att lägga till</translation>
    </message>
    <message>
      <location filename="../algorithms/accessibility.py" line="212" />
      <source>Changed network: feature ids of network lines to cut (separated by ';')</source>
      <translation>Förändrat nät: objekt-id för nätlinjer att bryta (åtskilda med ';')</translation>
    </message>
    <message>
      <location filename="../algorithms/accessibility.py" line="220" />
      <source>Changed network: lines meeting these features are cut</source>
      <translation>Förändrat nät: linjer som möter dessa objekt bryts</translation>
    </message>
    <message>
      <location filename="../algorithms/accessibility.py" line="228" />
      <source>Iso-area buffer around reached links (m)</source>
      <translation>Isoområdenas buffert kring nådda länkar (m)</translation>
    </message>
    <message>
      <location filename="../algorithms/accessibility.py" line="236" />
      <source>Accessibility per population feature</source>
      <translation>Tillgänglighet per befolkningsobjekt</translation>
    </message>
    <message>
      <location filename="../algorithms/accessibility.py" line="238" />
      <source>Accessibility per municipality</source>
      <translation>Tillgänglighet per kommun</translation>
    </message>
    <message>
      <location filename="../algorithms/accessibility.py" line="239" />
      <source>Change per population feature</source>
      <translation>Förändring per befolkningsobjekt</translation>
    </message>
    <message>
      <location filename="../algorithms/accessibility.py" line="239" />
      <source>Change per municipality</source>
      <translation>Förändring per kommun</translation>
    </message>
    <message>
      <location filename="../algorithms/accessibility.py" line="243" />
      <source>Iso-areas per destination and threshold</source>
      <translation>Isoområden per målpunkt och tröskel</translation>
    </message>
    <message>
      <location filename="../algorithms/accessibility.py" line="269" />
      <source>Distance thresholds must be positive numbers separated by ';'.</source>
      <translation>Avståndströsklarna måste vara positiva tal åtskilda med ';'.</translation>
    </message>
    <message>
      <location filename="../algorithms/accessibility.py" line="273" />
      <source>Time thresholds must be positive numbers separated by ';'.</source>
      <translation>Tidströsklarna måste vara positiva tal åtskilda med ';'.</translation>
    </message>
    <message>
      <location filename="../algorithms/accessibility.py" line="332" />
      <source>Iso-areas: one search per destination ({0}).</source>
      <translation>Isoområden: en sökning per målpunkt ({0}).</translation>
    </message>
    <message>
      <location filename="../algorithms/accessibility.py" line="351" />
      <source>Changed network: {0}</source>
      <translation>Förändrat nät: {0}</translation>
    </message>
    <message>
      <location filename="../algorithms/accessibility.py" line="381" />
      <source>Population-weighted mean distance to the nearest destination: {0:.1f} km, for the {1} people who reach one; {2} reach none.</source>
      <translation>Befolkningsviktat medelavstånd till närmaste målpunkt: {0:.1f} km, för de {1} invånare som når en; {2} når ingen.</translation>
    </message>
    <message>
      <location filename="../algorithms/accessibility.py" line="420" />
      <source>Destinations: {0} of {1} features of '{2}' kept.</source>
      <translation>Målpunkter: {0} av {1} objekt i '{2}' behålls.</translation>
    </message>
    <message>
      <location filename="../algorithms/accessibility.py" line="424" />
      <source>No destination of layer '{0}' passes the size and category filters.</source>
      <translation>Ingen målpunkt i lagret '{0}' klarar storleks- och kategorifiltren.</translation>
    </message>
    <message>
      <location filename="../algorithms/accessibility.py" line="458" />
      <source>Feature ids to cut must be whole numbers separated by ';'.</source>
      <translation>Objekt-id att bryta måste vara heltal åtskilda med ';'.</translation>
    </message>
    <message>
      <location filename="../algorithms/accessibility.py" line="463" />
      <source>No line of the network layer '{0}' has the feature id(s) {1}.</source>
      <translation>Ingen linje i nätlagret '{0}' har objekt-id {1}.</translation>
    </message>
    <message>
      <location filename="../algorithms/accessibility.py" line="506" />
      <source>Changed network: {0} line(s) cut, {1} added.</source>
      <translation>Förändrat nät: {0} linje(r) brutna, {1} tillagda.</translation>
    </message>
    <message>
      <location filename="../algorithms/area_disruption.py" line="67" />
      <source>Area disruptions (floods, landslides)</source>
      <translation>Områdesavbrott (översvämning, skred)</translation>
    </message>
    <message>
      <location filename="../algorithms/area_disruption.py" line="76" />
      <source>network,road,flood,hazard,disruption,vulnerability,översvämning,skred,sårbarhet</source>
      <translation>nät,väg,översvämning,skred,risk,avbrott,sårbarhet,flood,hazard,disruption</translation>
    </message>
    <message>
      <location filename="../algorithms/area_disruption.py" line="79" />
      <source>What a flood, a landslide or any hazard area does to a road or rail network: every link inside or crossing an area is closed, one area at a time (or one group of areas, by a group field), with all other links open.

&lt;b&gt;Per area.&lt;/b&gt; links_closed and length_closed_km; pop_cut_off: the people who reach a centre with every link open but none with the area's links closed; pop_delayed and pop_added: the people whose way to the nearest centre gets longer, and the sum of the added minutes (person-km without speeds); trips, trips_lost, total_delay (trip-hours, or trip-km) and delay_per_trip (minutes, or km): the trips between the population features, from the OD table or the gravity model, that can no longer be made and the added travel time of the rest.

&lt;b&gt;Per population feature&lt;/b&gt; (only those an area touches): keeps_route (1: still reaches a centre), the cost to the nearest centre before and after, and the difference (minutes, or km without speeds).

&lt;b&gt;Method.&lt;/b&gt; Area-covering disruptions as Jenelius &amp; Mattsson (2012) define them, with the hazard overlay of ra2ce (Deltares): the answer for each area equals removing its links and searching again. Costs to the centres come from one multi-source search per area; trips are searched again only from the zones whose shortest-path tree uses a closed link. Population and centres join the nearer end of their nearest link within the longest connector. A hazard layer in another CRS is transformed to the analysis CRS. Input layers are never modified.</source>
      <translation>Vad en översvämning, ett skred eller något annat riskområde gör med ett väg- eller järnvägsnät: varje länk inom eller som korsar ett område stängs, ett område i taget (eller en grupp av områden, enligt ett grupperingsfält), med alla andra länkar öppna.

&lt;b&gt;Per område.&lt;/b&gt; links_closed och length_closed_km; pop_cut_off: personerna som når ett centrum med alla länkar öppna men inget med områdets länkar stängda; pop_delayed och pop_added: personerna vars väg till närmaste centrum blir längre, och summan av de tillkommande minuterna (personkilometer utan hastigheter); trips, trips_lost, total_delay (resetimmar, eller resekilometer) och delay_per_trip (minuter, eller km): resorna mellan befolkningsobjekten, från OD-tabellen eller gravitationsmodellen, som inte längre kan göras och den ökade restiden för resten.

&lt;b&gt;Per befolkningsobjekt&lt;/b&gt; (bara de som ett område berör): keeps_route (1: når fortfarande ett centrum), kostnaden till närmaste centrum före och efter, och skillnaden (minuter, eller km utan hastigheter).

&lt;b&gt;Metod.&lt;/b&gt; Områdestäckande avbrott så som Jenelius &amp; Mattsson (2012) definierar dem, med ra2ce:s (Deltares) riskområdesöverlagring: svaret för varje område är detsamma som att ta bort dess länkar och söka igen. Kostnaderna till centrum kommer från en sökning från flera källor per område; resor söks om bara från de zoner vars kortaste-väg-träd använder en stängd länk. Befolkning och centrum ansluts till den närmaste änden av sin närmaste länk inom den längsta anslutningen. Ett risklager i ett annat CRS transformeras till analysens CRS. Indatalagren ändras aldrig.</translation>
    </message>
    <message>
      <location filename="../algorithms/area_disruption.py" line="103" />
      <source>Hazard areas (e.g. 100-year flood zone)</source>
      <translation>Riskområden (t.ex. 100-årsflöde)</translation>
    </message>
    <message>
      <location filename="../algorithms/area_disruption.py" line="107" />
      <source>Area name field</source>
      <translation>Fält för områdets namn</translation>
    </message>
    <message>
      <location filename="../algorithms/area_disruption.py" line="112" />
      <source>Group field (areas with the same value close together)</source>
      <translation>Grupperingsfält (områden med samma värde stängs tillsammans)</translation>
    </message>
    <message>
      <location filename="../algorithms/area_disruption.py" line="118" />
      <source>Trips for trips lost and added travel time</source>
      <translation>Resor för förlorade resor och ökad restid</translation>
    </message>
    <message>
      <location filename="../algorithms/area_disruption.py" line="120" />
      <source>Disruption per area</source>
      <translation>Avbrott per område</translation>
    </message>
    <message>
      <location filename="../algorithms/area_disruption.py" line="125" />
      <source>Population features per area</source>
      <translation>Befolkningsobjekt per område</translation>
    </message>
    <message>
      <location filename="../algorithms/area_disruption.py" line="134" />
      <source>Links closed per area</source>
      <translation>Stängda länkar per område</translation>
    </message>
    <message>
      <location filename="../algorithms/area_disruption.py" line="151" />
      <source>No area of layer '{0}' touches the network '{1}': nothing would close. Check that both cover the same region.</source>
      <translation>Inget område i lagret '{0}' rör nätet '{1}': ingenting skulle stängas. Kontrollera att båda täcker samma region.</translation>
    </message>
    <message>
      <location filename="../algorithms/area_disruption.py" line="214" />
      <source>{0} area(s); the most people cut off: {1} by '{2}'.</source>
      <translation>{0} område(n); flest avskurna personer: {1} av '{2}'.</translation>
    </message>
    <message>
      <location filename="../algorithms/area_disruption.py" line="242" />
      <source>Layer '{0}' has no polygons: hazard areas must be polygons.</source>
      <translation>Lagret '{0}' har inga ytor: riskområden måste vara ytor.</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" line="106" />
      <source>{0} is left as GDAL wrote it (',' and decimal points): {1}</source>
      <translation>{0} lämnas som GDAL skrev den (',' och decimalpunkt): {1}</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" line="112" />
      <source>Cancelled: no output was written.</source>
      <translation>Avbrutet: inget resultat skrevs.</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" line="239" />
      <source>The output '{0}' cannot be written: the folder {1} is read-only. Choose another folder.</source>
      <translation>Utdata '{0}' kan inte skrivas: mappen {1} är skrivskyddad. Välj en annan mapp.</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" line="249" />
      <source>The output '{0}' ({1}) would overwrite the input '{2}' (layer '{3}', {4}). Choose another file for the output.</source>
      <translation>Utdata '{0}' ({1}) skulle skriva över indata '{2}' (lager '{3}', {4}). Välj en annan fil för utdata.</translation>
    </message>
    <message>
      <location filename="../algorithms/border_coherence.py" line="69" />
      <source>Coherence across municipal borders</source>
      <translation>Samstämmighet över kommungränser</translation>
    </message>
    <message>
      <location filename="../algorithms/border_coherence.py" line="72" />
      <source>Plan drafts</source>
      <translation>Planförslag</translation>
    </message>
    <message>
      <location filename="../algorithms/border_coherence.py" line="78" />
      <source>Finds where one municipality's planned use meets an incompatible planned use in a neighbouring municipality (PBL 3 kap. 5 §: an översiktsplan shows how mellankommunala frågor are coordinated).

&lt;b&gt;Method.&lt;/b&gt; Incompatibility comes from the rule set: a rule with the relation overlaps or within_distance applies when one of its theme categories names an ÖP-modell plan category, exactly or as its last word ('bostadsbebyggelse' names 'Sammanhängande bostadsbebyggelse'; in the default rule set IND-01, industry within 200 m of housing). Each plan area belongs to the municipality holding its largest part. A pair is listed when the rule's plan side and theme side lie in different municipalities within the rule's distance (overlaps: touching), or within the search distance where that is larger.

&lt;b&gt;Output.&lt;/b&gt; One row per rule and pair: both features (layer, id, key, category), both municipalities, the distance, the rule's severity, message and basis; the geometry holds both features, so the map shows them side by side.</source>
      <translation>Hittar var en kommuns planerade användning möter en oförenlig planerad användning i en grannkommun (PBL 3 kap. 5 §: översiktsplanen ska visa hur mellankommunala frågor samordnas).

&lt;b&gt;Metod.&lt;/b&gt; Vad som är oförenligt hämtas ur regeluppsättningen: en regel med sambandet overlaps eller within_distance används när någon av dess temakategorier namnger en plankategori i ÖP-modellen, exakt eller som dess sista ord ('bostadsbebyggelse' namnger 'Sammanhängande bostadsbebyggelse'; i standardreglerna IND-01, industri inom 200 m från bostäder). Varje planyta hör till den kommun där dess största del ligger. Ett par redovisas när regelns plansida och temasida ligger i olika kommuner inom regelns avstånd (overlaps: när de rör vid varandra), eller inom sökavståndet om det är större.

&lt;b&gt;Utdata.&lt;/b&gt; En rad per regel och par: båda objekten (skikt, id, nyckel, kategori), båda kommunerna, avståndet samt regelns allvarlighetsgrad, meddelande och stöd; geometrin rymmer båda objekten så att kartan visar dem sida vid sida.</translation>
    </message>
    <message>
      <location filename="../algorithms/border_coherence.py" line="96" />
      <source>Plan draft (areas)</source>
      <translation>Planförslag (ytor)</translation>
    </message>
    <message>
      <location filename="../algorithms/border_coherence.py" line="101" />
      <source>Plan category field (ÖP-modell land use)</source>
      <translation>Fält för plankategori (ÖP-modellens användning)</translation>
    </message>
    <message>
      <location filename="../algorithms/border_coherence.py" line="107" />
      <source>Plan feature identifier field (stable key carried into the results)</source>
      <translation>Fält för planobjektets identitet (stabil nyckel som följer med till resultatet)</translation>
    </message>
    <message>
      <location filename="../algorithms/border_coherence.py" line="116" />
      <source>Category mapping (CSV: draft_category, op_category)</source>
      <translation>Kategorimappning (CSV: draft_category, op_category)</translation>
    </message>
    <message>
      <location filename="../algorithms/border_coherence.py" line="123" />
      <source>Rule set (CSV; empty = the bundled default)</source>
      <translation>Regeluppsättning (CSV; tom = den medföljande standarden)</translation>
    </message>
    <message>
      <location filename="../algorithms/border_coherence.py" line="139" />
      <source>Search distance (m; 0 = each rule's own distance)</source>
      <translation>Sökavstånd (m; 0 = varje regels eget avstånd)</translation>
    </message>
    <message>
      <location filename="../algorithms/border_coherence.py" line="145" />
      <source>Analysis CRS (projected, metres)</source>
      <translation>Analysens koordinatsystem (projicerat, meter)</translation>
    </message>
    <message>
      <location filename="../algorithms/border_coherence.py" line="149" />
      <source>Language of the messages</source>
      <translation>Meddelandenas språk</translation>
    </message>
    <message>
      <location filename="../algorithms/border_coherence.py" line="156" />
      <source>Incompatible uses across borders</source>
      <translation>Oförenliga användningar över gränser</translation>
    </message>
    <message>
      <location filename="../algorithms/border_coherence.py" line="159" />
      <source>Number of pairs</source>
      <translation>Antal par</translation>
    </message>
    <message>
      <location filename="../algorithms/border_coherence.py" line="168" />
      <source>No rule of the rule set names a plan category on its theme side: nothing can be found.</source>
      <translation>Ingen regel i regeluppsättningen har en plankategori på temasidan: inget kan hittas.</translation>
    </message>
    <message>
      <location filename="../algorithms/border_coherence.py" line="207" />
      <source>{0} pair(s) of incompatible planned uses across municipal borders.</source>
      <translation>{0} par av oförenliga planerade användningar över kommungränser.</translation>
    </message>
    <message>
      <location filename="../algorithms/commuting_flows.py" line="62" />
      <source>Commuting flow lines and border crossings</source>
      <translation>Pendlingsflöden och gränsöverskridande pendling</translation>
    </message>
    <message>
      <location filename="../algorithms/commuting_flows.py" line="65" />
      <source>Functional linkages</source>
      <translation>Funktionella samband</translation>
    </message>
    <message>
      <location filename="../algorithms/commuting_flows.py" line="71" />
      <source>commuting,pendling,flow,flöde,border,gräns,kommun,län,region</source>
      <translation>pendling,commuting,flöde,flow,gräns,border,kommun,län,region</translation>
    </message>
    <message>
      <location filename="../algorithms/commuting_flows.py" line="74" />
      <source>Draws the commuting between zones as lines and tells which flows cross municipal, county and regional borders.

&lt;b&gt;Inputs.&lt;/b&gt; Zones with a code field and a commuting table (a CSV file or any QGIS table: residence code, workplace code, number of employed), checked as in 'Functional regions from commuting'. Optionally up to three polygon layers of areas whose borders count: municipalities, counties and regions (for example the functional regions), each with a code field.

&lt;b&gt;Method.&lt;/b&gt; Each zone is represented by a point inside it (GEOS point on surface, which unlike the centroid always lies inside the zone). For every pair of zones with commuting there is one line, drawn from the zone that sends more to the zone that sends less: flow_from_to and flow_to_from are the two directions, gross their sum, net their difference. The chosen measure (gross or net) is the field 'flow' that the line width shows; lines below the minimum count are left out, and with a top-N only the N largest are kept (ties by code). A flow crosses a border when its two zones' points lie in different areas of that layer (null without that layer). Commuting inside a zone has no line.

&lt;b&gt;Outputs.&lt;/b&gt; The flow lines, styled with a width that grows with the flow; and the zones with their employed residents, jobs, out- and in-commuters, and for each kind of border the commuters out and in that cross it, as counts and as shares of the employed residents (out) and of the jobs (in). The zone figures count every flow, filtered or not. Sources: commuting statistics as SCB publishes them (RAMS / BAS, pendling mellan kommuner).</source>
      <translation>Ritar pendlingen mellan områden som linjer och visar vilka flöden som korsar kommun-, läns- och regiongränser.

&lt;b&gt;Indata.&lt;/b&gt; Områden med ett kodfält och en pendlingstabell (en CSV-fil eller valfri tabell i QGIS: bostadsområdets kod, arbetsplatsens kod, antal förvärvsarbetande), kontrollerad som i 'Funktionella regioner utifrån pendling'. Valfritt upp till tre polygonlager vars gränser räknas: kommuner, län och regioner (till exempel de funktionella regionerna), vart och ett med ett kodfält.

&lt;b&gt;Metod.&lt;/b&gt; Varje område representeras av en punkt inuti det (GEOS point on surface, som till skillnad från tyngdpunkten alltid ligger i området). För varje par av områden med pendling finns en linje, ritad från det område som skickar flest till det som skickar färre: flow_from_to och flow_to_from är de två riktningarna, gross summan, net skillnaden. Det valda måttet (brutto eller netto) är fältet 'flow' som linjebredden visar; linjer under minsta antal tas bort, och med topp-N behålls bara de N största (vid lika efter kod). Ett flöde korsar en gräns när dess två områdens punkter ligger i olika ytor i lagret (null utan lager). Pendling inom ett område får ingen linje.

&lt;b&gt;Utdata.&lt;/b&gt; Flödeslinjerna, med en bredd som växer med flödet; och områdena med förvärvsarbetande invånare, arbetstillfällen, ut- och inpendlare, och för varje slags gräns de ut- och inpendlare som korsar den, som antal och som andel av de förvärvsarbetande invånarna (ut) och av arbetstillfällena (in). Områdenas siffror räknar alla flöden, filtrerade eller inte. Källor: pendlingsstatistik som SCB publicerar den (RAMS / BAS, pendling mellan kommuner).</translation>
    </message>
    <message>
      <location filename="../algorithms/commuting_flows.py" line="98" />
      <source>Line width and filters by</source>
      <translation>Linjebredd och filter efter</translation>
    </message>
    <message>
      <location filename="../algorithms/commuting_flows.py" line="99" />
      <source>Gross flow (both directions)</source>
      <translation>Bruttoflöde (båda riktningarna)</translation>
    </message>
    <message>
      <location filename="../algorithms/commuting_flows.py" line="99" />
      <source>Net flow</source>
      <translation>Nettoflöde</translation>
    </message>
    <message>
      <location filename="../algorithms/commuting_flows.py" line="105" />
      <source>Minimum flow for a line</source>
      <translation>Minsta flöde för en linje</translation>
    </message>
    <message>
      <location filename="../algorithms/commuting_flows.py" line="110" />
      <source>Only the N largest flows (0 = all)</source>
      <translation>Endast de N största flödena (0 = alla)</translation>
    </message>
    <message>
      <location filename="../algorithms/commuting_flows.py" line="115" />
      <source>Municipalities (borders to flag)</source>
      <translation>Kommuner (gränser att markera)</translation>
    </message>
    <message>
      <location filename="../algorithms/commuting_flows.py" line="116" />
      <source>Counties (borders to flag)</source>
      <translation>Län (gränser att markera)</translation>
    </message>
    <message>
      <location filename="../algorithms/commuting_flows.py" line="117" />
      <source>Regions (borders to flag)</source>
      <translation>Regioner (gränser att markera)</translation>
    </message>
    <message>
      <location filename="../algorithms/commuting_flows.py" line="123" />
      <source>Code field of {0}</source>
      <translation>Kodfält för {0}</translation>
    </message>
    <message>
      <location filename="../algorithms/commuting_flows.py" line="127" />
      <source>Commuting flows</source>
      <translation>Pendlingsflöden</translation>
    </message>
    <message>
      <location filename="../algorithms/commuting_flows.py" line="132" />
      <source>Zones: commuting across borders</source>
      <translation>Områden: pendling över gränser</translation>
    </message>
    <message>
      <location filename="../algorithms/commuting_flows.py" line="172" />
      <source>{0} flow lines written (of the pairs of zones with commuting between them).</source>
      <translation>{0} flödeslinjer skrivna (av de par av områden som har pendling mellan sig).</translation>
    </message>
    <message>
      <location filename="../algorithms/commuting_inputs.py" line="36" />
      <source>Zones (municipalities or statistical areas)</source>
      <translation>Områden (kommuner eller statistikområden)</translation>
    </message>
    <message>
      <location filename="../algorithms/commuting_inputs.py" line="39" />
      <source>Zone code field</source>
      <translation>Fält med områdeskod</translation>
    </message>
    <message>
      <location filename="../algorithms/commuting_inputs.py" line="40" />
      <source>Zone name field</source>
      <translation>Fält med områdesnamn</translation>
    </message>
    <message>
      <location filename="../algorithms/commuting_inputs.py" line="42" />
      <source>Commuting table as a CSV file</source>
      <translation>Pendlingstabell som CSV-fil</translation>
    </message>
    <message>
      <location filename="../algorithms/commuting_inputs.py" line="46" />
      <source>Commuting table as a layer (any table)</source>
      <translation>Pendlingstabell som lager (valfri tabell)</translation>
    </message>
    <message>
      <location filename="../algorithms/commuting_inputs.py" line="50" />
      <source>Column of the residence zone code</source>
      <translation>Kolumn med bostadsområdets kod</translation>
    </message>
    <message>
      <location filename="../algorithms/commuting_inputs.py" line="53" />
      <source>Column of the workplace zone code</source>
      <translation>Kolumn med arbetsplatsområdets kod</translation>
    </message>
    <message>
      <location filename="../algorithms/commuting_inputs.py" line="56" />
      <source>Column of the number of employed commuters</source>
      <translation>Kolumn med antal förvärvsarbetande pendlare</translation>
    </message>
    <message>
      <location filename="../algorithms/commuting_inputs.py" line="73" />
      <source>Layer '{0}' (zones) has no features.</source>
      <translation>Lagret '{0}' (zoner) har inga objekt.</translation>
    </message>
    <message>
      <location filename="../algorithms/commuting_inputs.py" line="77" />
      <source>Give the commuting table either as a CSV file or as a layer, not both.</source>
      <translation>Ange pendlingstabellen antingen som CSV-fil eller som lager, inte båda.</translation>
    </message>
    <message>
      <location filename="../algorithms/commuting_inputs.py" line="79" />
      <source>Give the commuting table: a CSV file or a table layer.</source>
      <translation>Ange pendlingstabellen: en CSV-fil eller ett tabellager.</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_drafts.py" line="82" />
      <source>Compare plan draft versions</source>
      <translation>Jämför versioner av planförslag</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_drafts.py" line="91" />
      <source>Sets two or more versions of a plan draft side by side: what changed, and indicators per version computed by the same engine as the other Samplan algorithms.

&lt;b&gt;Changes.&lt;/b&gt; Every later version against the first, by overlay (identifiers need not match): added (planned now, not in the first version), removed, and category changed, each with its area in m².

&lt;b&gt;Indicators&lt;/b&gt; (one column per version and one for the last minus the first): area by ÖP-modell category (km²); new development (Mångfunktionell bebyggelse, Sammanhängande bostadsbebyggelse, Verksamheter och industri, Utbyggnadsområde, minus existing settlement where given) on agricultural land (MB 3 kap. 4 §), in flood zones (PBL 2 kap. 5 §) and in protected nature (MB 7 kap.); the share of new housing within 1 km of a railway station or 400 m of a stop with at least the given weekday departures (every stop needs a number of departures in the departures field; one without is refused, with its feature id) (after the regional transport authorities' and Boverket's guidance on transit-oriented planning); conflict check results per severity under the rule set (the same check as Coordination conflict check, with the theme layers given in the four roles); incompatible uses across municipal borders (as Coherence across municipal borders); and, with barrier layers and municipalities, the effective mesh size of the whole region after the plan and its change (Jaeger 2000, as Effective mesh size (fragmentation)).

&lt;b&gt;Input checks.&lt;/b&gt; Each version is a polygon layer (its name is the version's name unless names are given) with optional corridors in the same order; versions in other CRSs are transformed; an empty version, or one with categories that are not ÖP-modell categories (map them with a category mapping), is refused with its name.</source>
      <translation>Ställer två eller fler versioner av ett planförslag sida vid sida: vad som har ändrats, och indikatorer per version beräknade med samma motor som Samplans övriga algoritmer.

&lt;b&gt;Ändringar.&lt;/b&gt; Varje senare version mot den första, genom överlagring (id behöver inte stämma överens): tillkommet (planeras nu men inte i den första versionen), borttaget och ändrad kategori, var och en med sin yta i m².

&lt;b&gt;Indikatorer&lt;/b&gt; (en kolumn per version och en för den sista minus den första): yta per kategori i ÖP-modellen (km²); ny bebyggelse (Mångfunktionell bebyggelse, Sammanhängande bostadsbebyggelse, Verksamheter och industri, Utbyggnadsområde, utom befintlig bebyggelse där den anges) på jordbruksmark (MB 3 kap. 4 §), i översvämningsområden (PBL 2 kap. 5 §) och i skyddad natur (MB 7 kap.); andelen ny bostadsbebyggelse inom 1 km från en järnvägsstation eller 400 m från en hållplats med minst det angivna antalet avgångar en vardag (varje hållplats behöver ett antal avgångar i avgångsfältet; en utan avvisas med sitt objekt-id) (efter de regionala kollektivtrafikmyndigheternas och Boverkets vägledning om kollektivtrafiknära planering); konfliktkontrollens resultat per allvarlighetsgrad enligt regeluppsättningen (samma kontroll som Samordningskontroll av konflikter, med temaskikten angivna i de fyra rollerna); oförenliga användningar över kommungränser (som Samstämmighet över kommungränser); och, med barriärskikt och kommuner, hela regionens effektiva maskstorlek efter planen och dess förändring (Jaeger 2000, som Effektiv maskstorlek (fragmentering)).

&lt;b&gt;Kontroll av indata.&lt;/b&gt; Varje version är ett polygonskikt (dess namn är versionens namn om inga namn anges) med stråk i samma ordning om så önskas; versioner i andra koordinatsystem transformeras; en tom version, eller en med kategorier som inte finns i ÖP-modellen (mappa dem med en kategorimappning), avvisas med sitt namn.</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_drafts.py" line="117" />
      <source>Plan draft versions (areas; the first is the base)</source>
      <translation>Versioner av planförslaget (ytor; den första är utgångsläget)</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_drafts.py" line="124" />
      <source>Corridors of each version (lines, in the same order)</source>
      <translation>Stråk för varje version (linjer, i samma ordning)</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_drafts.py" line="132" />
      <source>Version names (separated by ';'; empty = the layer names)</source>
      <translation>Versionernas namn (åtskilda med ';'; tomt = skiktens namn)</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_drafts.py" line="151" />
      <source>Agricultural land</source>
      <translation>Jordbruksmark</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_drafts.py" line="152" />
      <source>Flood zones</source>
      <translation>Översvämningsområden</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_drafts.py" line="153" />
      <source>Protected nature (nature reserves, Natura 2000)</source>
      <translation>Skyddad natur (naturreservat, Natura 2000)</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_drafts.py" line="154" />
      <source>Existing settlement (not counted as new development)</source>
      <translation>Befintlig bebyggelse (räknas inte som ny bebyggelse)</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_drafts.py" line="161" />
      <source>Railway stations</source>
      <translation>Järnvägsstationer</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_drafts.py" line="166" />
      <source>Stops</source>
      <translation>Hållplatser</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_drafts.py" line="171" />
      <source>Field of the stops' weekday departures</source>
      <translation>Fält med hållplatsernas avgångar en vardag</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_drafts.py" line="177" />
      <source>Minimum weekday departures of a frequent stop</source>
      <translation>Minsta antal avgångar en vardag för hög turtäthet</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_drafts.py" line="186" />
      <source>Theme category field (else the layer name)</source>
      <translation>Fält för temakategori (annars skiktets namn)</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_drafts.py" line="207" />
      <source>Search distance across borders (m; 0 = each rule's own distance)</source>
      <translation>Sökavstånd över gränser (m; 0 = varje regels eget avstånd)</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_drafts.py" line="216" />
      <source>Barrier lines for the effective mesh size (roads, railways)</source>
      <translation>Barriärlinjer för effektiv maskstorlek (vägar, järnvägar)</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_drafts.py" line="224" />
      <source>Barrier areas for the effective mesh size (settlement)</source>
      <translation>Barriärytor för effektiv maskstorlek (bebyggelse)</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_drafts.py" line="232" />
      <source>Barrier widths by category (category=metres; …)</source>
      <translation>Barriärbredd per kategori (kategori=meter; …)</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_drafts.py" line="263" />
      <source>Changes between versions</source>
      <translation>Ändringar mellan versioner</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_drafts.py" line="267" />
      <source>Indicators per version</source>
      <translation>Indikatorer per version</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_drafts.py" line="322" />
      <source>{0}: {1:.0f} m²</source>
      <translation>{0}: {1:.0f} m²</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_drafts.py" line="331" />
      <source>{0} version layer(s) but {1} corridor layer(s): give one corridor layer per version, in the same order, or none.</source>
      <translation>{0} versionsskikt men {1} stråkskikt: ange ett stråkskikt per version, i samma ordning, eller inget.</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_drafts.py" line="344" />
      <source>{0} version name(s) for {1} version layer(s).</source>
      <translation>{0} versionsnamn för {1} versionsskikt.</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_drafts.py" line="354" />
      <source>Layer '{0}' is not a vector layer.</source>
      <translation>Skiktet '{0}' är inte ett vektorskikt.</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_drafts.py" line="388" />
      <source>The effective mesh size needs the municipalities as reporting units: it is left out.</source>
      <translation>Den effektiva maskstorleken behöver kommunerna som redovisningsområden: den utelämnas.</translation>
    </message>
    <message>
      <location filename="../algorithms/conflict_check.py" line="104" />
      <source>Coordination conflict check</source>
      <translation>Samordningskontroll av konflikter</translation>
    </message>
    <message>
      <location filename="../algorithms/conflict_check.py" line="107" />
      <source>Coordination</source>
      <translation>Samordning</translation>
    </message>
    <message>
      <location filename="../algorithms/conflict_check.py" line="113" />
      <source>conflict,coordination,plan,översiktsplan,regionplan,natura 2000,flood,rules</source>
      <translation>konflikt,samordning,plan,översiktsplan,regionplan,natura 2000,översvämning,regler</translation>
    </message>
    <message>
      <location filename="../algorithms/conflict_check.py" line="117" />
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
      <location filename="../algorithms/conflict_check.py" line="146" />
      <source>&lt;b&gt;Reviews.&lt;/b&gt; Every result has a key made of its rule, its two features and its geometry. Given the conflict layers of an earlier run (advanced parameter), the status, comment, reviewer and time of each unchanged conflict are carried over, and the others are marked new, as the conflict inspector does on a re-run. An advanced parameter also takes a category field per theme layer.</source>
      <translation>&lt;b&gt;Granskningar.&lt;/b&gt; Varje resultat har en nyckel av sin regel, sina två objekt och sin geometri. Ges konfliktlagren från en tidigare körning (avancerad parameter) förs status, kommentar, granskare och tid över för varje oförändrad konflikt, och de andra markeras som nya, så som konfliktgranskningen gör vid en ny körning. En avancerad parameter tar också ett kategorifält per temalager.</translation>
    </message>
    <message>
      <location filename="../algorithms/conflict_check.py" line="158" />
      <source>Plan draft (areas or lines)</source>
      <translation>Planförslag (ytor eller linjer)</translation>
    </message>
    <message>
      <location filename="../algorithms/conflict_check.py" line="170" />
      <source>Planned corridors (lines, same category field)</source>
      <translation>Planerade stråk (linjer, samma kategorifält)</translation>
    </message>
    <message>
      <location filename="../algorithms/conflict_check.py" line="200" />
      <source>Category field per theme layer (JSON: {"layer name or id": "field"}), overriding the above</source>
      <translation>Kategorifält per temalager (JSON: {"lagernamn eller id": "fält"}), går före fältet ovan</translation>
    </message>
    <message>
      <location filename="../algorithms/conflict_check.py" line="208" />
      <source>Theme feature identifier field, where a layer has it</source>
      <translation>Fält för temaobjektets identitet, där skiktet har det</translation>
    </message>
    <message>
      <location filename="../algorithms/conflict_check.py" line="228" />
      <source>Previous results whose reviews are kept (conflict layers of an earlier run)</source>
      <translation>Tidigare resultat vars granskningar behålls (konfliktlager från en tidigare körning)</translation>
    </message>
    <message>
      <location filename="../algorithms/conflict_check.py" line="237" />
      <source>Count a feature that repeats another exactly (same geometry and category) once</source>
      <translation>Räkna ett objekt som exakt upprepar ett annat (samma geometri och kategori) en gång</translation>
    </message>
    <message>
      <location filename="../algorithms/conflict_check.py" line="252" />
      <source>Conflicts (areas)</source>
      <translation>Konflikter (ytor)</translation>
    </message>
    <message>
      <location filename="../algorithms/conflict_check.py" line="257" />
      <source>Conflicts (lines)</source>
      <translation>Konflikter (linjer)</translation>
    </message>
    <message>
      <location filename="../algorithms/conflict_check.py" line="258" />
      <source>Conflicts (points)</source>
      <translation>Konflikter (punkter)</translation>
    </message>
    <message>
      <location filename="../algorithms/conflict_check.py" line="259" />
      <source>Summary</source>
      <translation>Sammanställning</translation>
    </message>
    <message>
      <location filename="../algorithms/conflict_check.py" line="260" />
      <source>Rule set used</source>
      <translation>Använd regeluppsättning</translation>
    </message>
    <message>
      <location filename="../algorithms/conflict_check.py" line="261" />
      <source>Run parameters</source>
      <translation>Körningens parametrar</translation>
    </message>
    <message>
      <location filename="../algorithms/conflict_check.py" line="264" />
      <source>Number of results</source>
      <translation>Antal resultat</translation>
    </message>
    <message>
      <location filename="../algorithms/conflict_check.py" line="295" />
      <source>The plan draft is empty: the result is empty.</source>
      <translation>Planförslaget är tomt: resultatet är tomt.</translation>
    </message>
    <message>
      <location filename="../algorithms/conflict_check.py" line="315" />
      <source>Results: {0} conflict(s), {1} warning(s), {2} opportunity(ies).</source>
      <translation>Resultat: {0} konflikt(er), {1} varning(ar), {2} möjlighet(er).</translation>
    </message>
    <message>
      <location filename="../algorithms/conflict_check.py" line="331" />
      <source>Time per step: reading {0} s, spatial indexes {1} s, measuring {2} s, writing {3} s.</source>
      <translation>Tid per steg: läsning {0} s, rumsliga index {1} s, mätning {2} s, skrivning {3} s.</translation>
    </message>
    <message>
      <location filename="../algorithms/conflict_check.py" line="348" />
      <source>Reviews: {0} unchanged conflict(s) keep their review, {1} are new.</source>
      <translation>Granskningar: {0} oförändrade konflikter behåller sin granskning, {1} är nya.</translation>
    </message>
    <message>
      <location filename="../algorithms/conflict_check.py" line="352" />
      <source>{0} reviewed conflict(s) of the previous results are no longer found.</source>
      <translation>{0} granskade konflikter i de tidigare resultaten finns inte längre.</translation>
    </message>
    <message>
      <location filename="../algorithms/conflict_check.py" line="366" />
      <source>The category field per theme layer is not valid JSON: {0}</source>
      <translation>Kategorifältet per temalager är inte giltig JSON: {0}</translation>
    </message>
    <message>
      <location filename="../algorithms/conflict_check.py" line="370" />
      <source>The category field per theme layer must map layer names to field names.</source>
      <translation>Kategorifältet per temalager ska koppla lagernamn till fältnamn.</translation>
    </message>
    <message>
      <location filename="../algorithms/conflict_check.py" line="388" />
      <source>Layer '{0}' has no field '{1}'. Its fields are: {2}.</source>
      <translation>Skiktet '{0}' har inget fält '{1}'. Dess fält är: {2}.</translation>
    </message>
    <message>
      <location filename="../algorithms/conflict_check.py" line="409" />
      <source>Plan draft layer '{0}' has no features with a geometry: it adds no results.</source>
      <translation>Planförslagets skikt '{0}' har inga objekt med geometri: det ger inga resultat.</translation>
    </message>
    <message>
      <location filename="../algorithms/conflict_check.py" line="436" />
      <source>Theme layer '{0}' is not a vector layer.</source>
      <translation>Temaskiktet '{0}' är inte ett vektorskikt.</translation>
    </message>
    <message>
      <location filename="../algorithms/conflict_check.py" line="464" />
      <source>Theme layer '{0}' has no field '{1}': its category is its name.</source>
      <translation>Temaskiktet '{0}' har inget fält '{1}': dess kategori är dess namn.</translation>
    </message>
    <message>
      <location filename="../algorithms/conflict_check.py" line="468" />
      <source>{0} ({1}): {2} features read. Only those within reach of the plan were asked for: a spatial filter the data source applied; the layer holds {3}.</source>
      <translation>{0} ({1}): {2} objekt lästa. Bara de inom planens räckvidd hämtades: ett rumsligt filter som datakällan tillämpade; lagret har {3}.</translation>
    </message>
    <message>
      <location filename="../algorithms/conflict_check.py" line="474" />
      <source>{0} ({1}): {2} features read.</source>
      <translation>{0} ({1}): {2} objekt lästa.</translation>
    </message>
    <message>
      <location filename="../algorithms/conflict_check.py" line="488" />
      <source>Rule {0}: the plan category {1} is no ÖP-modell category and no plan feature has it, so the rule never applies to it. Is it misspelt?</source>
      <translation>Regel {0}: plankategorin {1} är ingen ÖP-modell-kategori och inget planobjekt har den, så regeln gäller aldrig för den. Är den felstavad?</translation>
    </message>
    <message>
      <location filename="../algorithms/conflict_check.py" line="506" />
      <source>Two input layers are named '{0}': the second is called '{1}' in the results.</source>
      <translation>Två indataskikt heter '{0}': det andra kallas '{1}' i resultatet.</translation>
    </message>
    <message>
      <location filename="../algorithms/demand_parameters.py" line="44" />
      <source>Zone id field (for the OD table)</source>
      <translation>Zon-id-fält (för OD-tabellen)</translation>
    </message>
    <message>
      <location filename="../algorithms/demand_parameters.py" line="49" />
      <source>Centres (population cut off from all of them counts)</source>
      <translation>Centrum (befolkning som skärs av från alla räknas)</translation>
    </message>
    <message>
      <location filename="../algorithms/demand_parameters.py" line="56" />
      <source>None</source>
      <translation>Inga</translation>
    </message>
    <message>
      <location filename="../algorithms/demand_parameters.py" line="56" />
      <source>Gravity model from the population</source>
      <translation>Gravitationsmodell från befolkningen</translation>
    </message>
    <message>
      <location filename="../algorithms/demand_parameters.py" line="56" />
      <source>OD table</source>
      <translation>OD-tabell</translation>
    </message>
    <message>
      <location filename="../algorithms/demand_parameters.py" line="61" />
      <source>OD table (CSV: origin, destination, trips)</source>
      <translation>OD-tabell (CSV: origin, destination, trips)</translation>
    </message>
    <message>
      <location filename="../algorithms/demand_parameters.py" line="66" />
      <source>Trips per person (gravity model)</source>
      <translation>Resor per person (gravitationsmodell)</translation>
    </message>
    <message>
      <location filename="../algorithms/demand_parameters.py" line="71" />
      <source>Distance decay (per minute, or per km without speeds)</source>
      <translation>Avståndsavtagande (per minut, eller per km utan hastigheter)</translation>
    </message>
    <message>
      <location filename="../algorithms/demand_parameters.py" line="102" />
      <source>No population field: each population feature counts as one person.</source>
      <translation>Inget befolkningsfält: varje befolkningsobjekt räknas som en person.</translation>
    </message>
    <message>
      <location filename="../algorithms/demand_parameters.py" line="130" />
      <source>Trips from an OD table need the OD table.</source>
      <translation>Resor från en OD-tabell kräver OD-tabellen.</translation>
    </message>
    <message>
      <location filename="../algorithms/demand_parameters.py" line="132" />
      <source>Trips from an OD table need the population layer and its zone id field.</source>
      <translation>Resor från en OD-tabell kräver befolkningslagret och dess zon-id-fält.</translation>
    </message>
    <message>
      <location filename="../algorithms/demand_parameters.py" line="136" />
      <source>The OD table cannot be used: {0}</source>
      <translation>OD-tabellen kan inte användas: {0}</translation>
    </message>
    <message>
      <location filename="../algorithms/demand_parameters.py" line="139" />
      <source>No population layer: link importance by demand is left out.</source>
      <translation>Inget befolkningslager: länkarnas efterfrågeviktade betydelse beräknas inte.</translation>
    </message>
    <message>
      <location filename="../algorithms/fragmentation.py" line="83" />
      <source>Effective mesh size (fragmentation)</source>
      <translation>Effektiv maskstorlek (fragmentering)</translation>
    </message>
    <message>
      <location filename="../algorithms/fragmentation.py" line="92" />
      <source>fragmentation,effective mesh size,m_eff,jaeger,cbc,green infrastructure,grön infrastruktur</source>
      <translation>fragmentering,effektiv maskstorlek,m_eff,jaeger,cbc,grön infrastruktur,barriär</translation>
    </message>
    <message>
      <location filename="../algorithms/fragmentation.py" line="97" />
      <source>Measures how barriers cut the landscape into patches, per reporting unit, before and after a plan draft.

&lt;b&gt;Method.&lt;/b&gt; The effective mesh size m_eff (Jaeger 2000) is (1/A_total) Σ A_i², where A_i is the area of patch i inside the unit and A_total the unit's area: the size of the area two random points of the unit can reach without crossing a barrier. The cross-boundary connections variant m_eff_CBC (Moser et al. 2007) is (1/A_total) Σ A_i · A_i_cmpl, where A_i_cmpl is the whole patch's area including its parts outside the unit, so that a unit's border does not count as a barrier. The effective mesh density s_eff = 1000 / m_eff is the number of meshes per 1000 km² (as in the European Environment Agency's fragmentation reports, EEA Report 2/2011).

&lt;b&gt;Inputs.&lt;/b&gt; Reporting units (municipalities) or, without them, a square grid of the given size. Barrier lines (roads, railways) widened by their category's width (category=width in metres; categories not listed get the default width) and barrier areas (settlement). Optionally habitat areas: the landscape is then the habitat, also beyond the units up to the context distance (default 10 km), so that a patch reaching past the study area's edge keeps its whole area in m_eff_CBC (the barrier layers should cover that band too; 0 = clip at the units). Without habitat the landscape is the units' whole area, and m_eff_CBC counts connections across the units' shared borders only. The plan draft's development areas (Mångfunktionell bebyggelse, Sammanhängande bostadsbebyggelse, Verksamheter och industri, Transportinfrastruktur, Teknisk anläggning, Utbyggnadsområde) and its planned Transportinfrastruktur lines become barriers for the 'after' state; a plan category that is not an ÖP-modell category is refused, with the feature ids (map a draft's own words with a category mapping CSV: draft_category, op_category). Ecological links and green wedges give the cut points.

&lt;b&gt;Outputs.&lt;/b&gt; Per unit: m_eff and m_eff_CBC in km² before and after, their change (km² and %), s_eff, and the number of patch pieces. The points where planned lines cut ecological links (each crossing) or green wedges (the middle of each stretch inside, with its length). The patches after the plan.

Sources: Jaeger, J. A. G. (2000) Landscape Ecology 15:115–130; Moser, B. et al. (2007) Landscape Ecology 22:447–459; EEA &amp; FOEN (2011) Landscape fragmentation in Europe, EEA Report 2/2011.</source>
      <translation>Mäter hur barriärer delar upp landskapet i sammanhängande ytor, per redovisningsområde, före och efter ett planförslag.

&lt;b&gt;Metod.&lt;/b&gt; Den effektiva maskstorleken m_eff (Jaeger 2000) är (1/A_total) Σ A_i², där A_i är arean av yta i inom området och A_total områdets area: storleken på den yta som två slumpvis valda punkter i området kan nå utan att korsa en barriär. Varianten med gränsöverskridande samband m_eff_CBC (Moser m.fl. 2007) är (1/A_total) Σ A_i · A_i_cmpl, där A_i_cmpl är hela ytans area inklusive delarna utanför området, så att områdets gräns inte räknas som en barriär. Den effektiva masktätheten s_eff = 1000 / m_eff är antalet maskor per 1000 km² (som i Europeiska miljöbyråns fragmenteringsrapporter, EEA Report 2/2011).

&lt;b&gt;Indata.&lt;/b&gt; Redovisningsområden (kommuner) eller, utan dem, ett kvadratiskt rutnät med den angivna storleken. Barriärlinjer (vägar, järnvägar) breddade efter sin kategoris bredd (kategori=bredd i meter; kategorier som inte anges får standardbredden) och barriärytor (bebyggelse). Om så önskas livsmiljöytor: landskapet är då livsmiljöerna, även utanför områdena upp till kontextavståndet (standard 10 km), så att en yta som sträcker sig förbi studieområdets kant behåller hela sin area i m_eff_CBC (barriärskikten bör täcka även den zonen; 0 = klipp vid områdena). Utan livsmiljöer är landskapet områdenas hela yta, och m_eff_CBC räknar bara samband över områdenas gemensamma gränser. Planförslagets bebyggelseområden (Mångfunktionell bebyggelse, Sammanhängande bostadsbebyggelse, Verksamheter och industri, Transportinfrastruktur, Teknisk anläggning, Utbyggnadsområde) och dess planerade linjer för Transportinfrastruktur blir barriärer i läget 'efter'; en plankategori som inte finns i ÖP-modellen avvisas med objekt-id (mappa förslagets egna ord med en CSV-fil för kategorimappning: draft_category, op_category). Ekologiska samband och gröna kilar ger skärningspunkterna.

&lt;b&gt;Utdata.&lt;/b&gt; Per område: m_eff och m_eff_CBC i km² före och efter, förändringen (km² och %), s_eff och antalet ytdelar. Punkterna där planerade linjer skär ekologiska samband (varje korsning) eller gröna kilar (mitten av varje sträcka inuti, med dess längd). Ytorna efter planen.

Källor: Jaeger, J. A. G. (2000) Landscape Ecology 15:115–130; Moser, B. m.fl. (2007) Landscape Ecology 22:447–459; EEA &amp; FOEN (2011) Landscape fragmentation in Europe, EEA Report 2/2011.</translation>
    </message>
    <message>
      <location filename="../algorithms/fragmentation.py" line="128" />
      <source>Reporting units (municipalities)</source>
      <translation>Redovisningsområden (kommuner)</translation>
    </message>
    <message>
      <location filename="../algorithms/fragmentation.py" line="132" />
      <source>Unit name field</source>
      <translation>Fält med områdets namn</translation>
    </message>
    <message>
      <location filename="../algorithms/fragmentation.py" line="137" />
      <source>Grid cell size (m), used without reporting units</source>
      <translation>Rutstorlek (m), används utan redovisningsområden</translation>
    </message>
    <message>
      <location filename="../algorithms/fragmentation.py" line="145" />
      <source>Barrier lines (roads, railways)</source>
      <translation>Barriärlinjer (vägar, järnvägar)</translation>
    </message>
    <message>
      <location filename="../algorithms/fragmentation.py" line="150" />
      <source>Barrier areas (settlement)</source>
      <translation>Barriärytor (bebyggelse)</translation>
    </message>
    <message>
      <location filename="../algorithms/fragmentation.py" line="155" />
      <source>Barrier category field (else the layer name)</source>
      <translation>Fält med barriärens kategori (annars skiktets namn)</translation>
    </message>
    <message>
      <location filename="../algorithms/fragmentation.py" line="170" />
      <source>Width of lines of other categories (m)</source>
      <translation>Bredd för linjer av andra kategorier (m)</translation>
    </message>
    <message>
      <location filename="../algorithms/fragmentation.py" line="179" />
      <source>Habitat areas (empty = the whole unit)</source>
      <translation>Livsmiljöytor (tomt = hela området)</translation>
    </message>
    <message>
      <location filename="../algorithms/fragmentation.py" line="187" />
      <source>Habitat counted beyond the units for whole patches (m)</source>
      <translation>Livsmiljöer som räknas utanför områdena för hela ytor (m)</translation>
    </message>
    <message>
      <location filename="../algorithms/fragmentation.py" line="200" />
      <source>Planned corridors (lines)</source>
      <translation>Planerade stråk (linjer)</translation>
    </message>
    <message>
      <location filename="../algorithms/fragmentation.py" line="219" />
      <source>Ecological links and green wedges</source>
      <translation>Ekologiska samband och gröna kilar</translation>
    </message>
    <message>
      <location filename="../algorithms/fragmentation.py" line="227" />
      <source>Effective mesh size per unit</source>
      <translation>Effektiv maskstorlek per område</translation>
    </message>
    <message>
      <location filename="../algorithms/fragmentation.py" line="233" />
      <source>Planned lines cutting links and wedges</source>
      <translation>Planerade linjer som skär samband och kilar</translation>
    </message>
    <message>
      <location filename="../algorithms/fragmentation.py" line="242" />
      <source>Patches after the plan</source>
      <translation>Sammanhängande ytor efter planen</translation>
    </message>
    <message>
      <location filename="../algorithms/fragmentation.py" line="358" />
      <source>{0}: m_eff {1:.2f} → {2:.2f} km², m_eff_CBC {3:.2f} → {4:.2f} km².</source>
      <translation>{0}: m_eff {1:.2f} → {2:.2f} km², m_eff_CBC {3:.2f} → {4:.2f} km².</translation>
    </message>
    <message>
      <location filename="../algorithms/fragmentation.py" line="372" />
      <source>Give reporting units, or barrier, habitat or plan layers whose extent the grid covers.</source>
      <translation>Ange redovisningsområden, eller barriär-, livsmiljö- eller planskikt vars utbredning rutnätet ska täcka.</translation>
    </message>
    <message>
      <location filename="../algorithms/fragmentation.py" line="381" />
      <source>The grid of {0} m cells over the extent of the inputs would have {1:.3g} cells (at most {2}): a feature lies far from the others, or give reporting units. Extents (m): {3}.</source>
      <translation>Rutnätet med {0} m-rutor över indatas utbredning skulle få {1:.3g} rutor (högst {2}): ett objekt ligger långt från de andra, eller ange redovisningsenheter. Utbredningar (m): {3}.</translation>
    </message>
    <message>
      <location filename="../algorithms/functional_regions.py" line="98" />
      <source>Functional regions from commuting</source>
      <translation>Funktionella regioner utifrån pendling</translation>
    </message>
    <message>
      <location filename="../algorithms/functional_regions.py" line="107" />
      <source>commuting,pendling,labour market,lokala arbetsmarknader,LA,travel to work area,TTWA,LMA,region</source>
      <translation>pendling,commuting,arbetsmarknad,lokala arbetsmarknader,LA,resebehovsområde,TTWA,LMA,region</translation>
    </message>
    <message>
      <location filename="../algorithms/functional_regions.py" line="112" />
      <source>Groups zones into functional regions by the commuting between them.

&lt;b&gt;Inputs.&lt;/b&gt; A zones layer (municipalities, or smaller areas such as DeSO) with a code field, and a commuting table: a CSV file (',' or ';' separated) or any QGIS table, with the columns residence code, workplace code and number of employed (by default bostadskommun, arbetskommun, antal; commuters working in their own zone are a row with both codes equal). Counts must be whole numbers of at least zero: an empty, non-numeric, negative or fractional count (such as 12,5, or "1,234" with an English thousands separator) stops the run and names its line (or feature). Pairs that occur twice are summed, with a warning. Codes in the table that are not among the zones are listed in a warning and their flows left out; a table in which no row has both codes among the zones is refused, naming the codes read and the zones' codes. Zones with no commuting at all stay regions of their own. SCB's database exports are read as published: UTF-8 (with or without byte order mark) or Windows-1252, title lines before the header, SCB's column names (arbetsställekommun, bostadsdeso, …) when the named columns are missing, a year column as the count (with several years, give the year as the count column), only the total rows of a sex column (kön), cells with code and name ('2505 Arvidsjaur' is 2505) and codes that differ from the zones' codes only by leading zeros. DeSO and RegSO zones work as municipalities do; SCB's rule is made for municipalities, and with small zones travel-to-work areas are the method to use.

&lt;b&gt;SCB's local labour markets.&lt;/b&gt; A zone is a centre when at most 20 % of its employed residents work in other zones and no single flow to another zone exceeds 7.5 % of them (both thresholds are parameters). Every other zone links to the zone receiving its largest outflow (a zone without employed residents: the zone sending it the most commuters). A zone joins the centre its link reaches, or the centre reached by its link's own link: at most two links. A zone that reaches no centre in two links is not carried a third step: it becomes a region of its own (role 'unlinked', named in the log). Two non-centres whose links point at each other form one region, centred on the one with more jobs. Ties go to the lower code.

&lt;b&gt;Travel-to-work areas&lt;/b&gt; by the method of Coombes and Bond (2008), following Istat's R package LabourMarketAreas, function findClusters (Franconi, D'Alò and Ichim 2016). For an area: size = employed residents, supply-side self-containment SC_s = commuters living and working in it / its employed residents, demand-side SC_d = the same / its jobs. Validity = min(min(SC_s, SC_d)/tarSC, 1) · [1 − (1 − minSC/tarSC) · max((tarSZ − size)/(tarSZ − minSZ), 0)] · tarSC/minSC, and 1 for a fully self-contained area; an area is valid when its validity is at least 1. Defaults: minSZ 1000, minSC 0.6667, tarSZ 10000, tarSC 0.75. Every zone starts as an area of its own. Each iteration takes the area with the lowest validity (then the lowest code) until it is valid. An area of one zone is dissolved: the zone joins the area with the highest linkage T_ij²/(R_i·W_j) + T_ji²/(R_j·W_i) if that does not lower the validity of that area; otherwise, or with no flow to any area, the zone goes to a reserve list. An area of several zones gives up one zone per iteration, the first in Istat's order (commuters from outside the area working in the zone + the zone's employed residents working in other zones, the largest first), under the same condition; the rest stays together. The reserve zones stay out until the iteration has converged, then join the area of highest linkage (without the condition, as in the package). Zones without any link to an area form areas of their own, named in the log, as is any area still invalid at the end. Ties go to the lower code; the iteration also stops (with a warning) if it would repeat itself.

&lt;b&gt;Compatibility&lt;/b&gt; (travel-to-work areas). &lt;i&gt;Istat's LabourMarketAreas package&lt;/i&gt; (the default, so that results can be compared with Istat's and Eurostat's published labour market areas) does what findClusters in version 3.4 of the package does: zones with only employed residents or only jobs among the zones (and zones whose only commuting is within themselves) are set aside before the iteration with all their flows, repeated until none is left; each stays a region of its own (role 'set aside', named in the log); and the reserve list is assigned in descending code order. &lt;i&gt;Published algorithm&lt;/i&gt;: every zone with commuting takes part, and the reserve list is assigned in ascending code order. In both, Samplan does not repeat a defect of the package: after an area has given up a zone, findClusters renumbers the area's remaining zones after it has summed its tables by area, so in the next iteration that area's validity is computed from unsummed rows (in Istat's Sardinia data 0.0042 instead of 0.8916) and the area can be broken up although it is nearly valid. This changes a result only where an area gives up a zone and stays invalid; on Istat's Sardinia data the package then gives 36 areas and Samplan 37; with that one summing step added to the package, both give the same 37 areas. Optionally, parts of a region cut off from its main part (by shared borders) then join the neighbouring region with the highest linkage.

&lt;b&gt;Outputs.&lt;/b&gt; Region polygons (the union of their zones) with centre (SCB: the centre zone; travel-to-work areas: the zone with the most jobs), number of zones, employed residents, jobs, commuters inside, self-containment on both sides and validity; a zone-to-region table with each zone's role; a quality summary: number of regions, share of all commuting inside regions, and modularity (directed, weighted, Leicht and Newman 2008). Sources: SCB, Lokala arbetsmarknader (method description); Coombes and Bond (2008), Travel-to-Work Areas: the 2007 review, ONS; Franconi, D'Alò and Ichim (2016), Istat implementation of the algorithm to develop Labour Market Areas; R package LabourMarketAreas (Istat).</source>
      <translation>Delar in områden i funktionella regioner utifrån pendlingen mellan dem.

&lt;b&gt;Indata.&lt;/b&gt; Ett områdeslager (kommuner, eller mindre områden som DeSO) med ett kodfält, och en pendlingstabell: en CSV-fil (',' eller ';' som avgränsare) eller valfri tabell i QGIS, med kolumnerna bostadsområdets kod, arbetsplatsens kod och antal förvärvsarbetande (som standard bostadskommun, arbetskommun, antal; de som arbetar i sitt eget område är en rad där båda koderna är lika). Antalen måste vara heltal som är minst noll: ett tomt, icke-numeriskt, negativt eller icke-heltaligt antal (som 12,5, eller "1,234" med engelsk tusentalsavgränsare) stoppar körningen och anger raden (eller objektet). Par som förekommer två gånger summeras, med en varning. Koder i tabellen som inte finns bland områdena listas i en varning och deras flöden lämnas utanför; en tabell där ingen rad har båda koderna bland områdena avvisas, med de inlästa koderna och områdenas koder. Områden utan någon pendling alls blir egna regioner. SCB:s databasuttag läses som de publiceras: UTF-8 (med eller utan byte order mark) eller Windows-1252, rubrikrader före kolumnraden, SCB:s kolumnnamn (arbetsställekommun, bostadsdeso, …) när de angivna kolumnerna saknas, en årskolumn som antal (med flera år: ange året som antalskolumn), bara totalraderna i en könskolumn (kön), celler med kod och namn ('2505 Arvidsjaur' är 2505) och koder som skiljer sig från områdenas koder bara genom inledande nollor. DeSO- och RegSO-områden fungerar som kommuner; SCB:s regel är gjord för kommuner, och med små områden är resebehovsområden metoden att använda.

&lt;b&gt;SCB:s lokala arbetsmarknader.&lt;/b&gt; Ett område är ett centrum när högst 20 % av dess förvärvsarbetande invånare arbetar i andra områden och ingen enskild utpendlingsström överstiger 7,5 % av dem (båda gränserna är parametrar). Varje annat område knyts till det område som tar emot dess största utpendlingsström (ett område utan förvärvsarbetande invånare: det område som skickar flest pendlare dit). Ett område ansluts till det centrum som dess länk når, eller till det centrum som nås via länkens egen länk: högst två länkar. Ett område som inte når något centrum på två länkar förs inte ett tredje steg: det blir en egen region (roll 'unlinked', nämns i loggen). Två icke självständiga områden som knyts till varandra bildar en region, med det som har flest arbetstillfällen som centrum. Vid lika gäller den lägre koden.

&lt;b&gt;Resebehovsområden&lt;/b&gt; (travel-to-work areas) enligt Coombes och Bonds metod (2008), efter Istats R-paket LabourMarketAreas, funktionen findClusters (Franconi, D'Alò och Ichim 2016). För ett område: storlek = förvärvsarbetande invånare, självförsörjning på utbudssidan SC_s = de som bor och arbetar i området / dess förvärvsarbetande invånare, på efterfrågesidan SC_d = samma / dess arbetstillfällen. Giltighet = min(min(SC_s, SC_d)/tarSC, 1) · [1 − (1 − minSC/tarSC) · max((tarSZ − storlek)/(tarSZ − minSZ), 0)] · tarSC/minSC, och 1 för ett helt självförsörjande område; ett område är giltigt när giltigheten är minst 1. Standardvärden: minSZ 1000, minSC 0,6667, tarSZ 10000, tarSC 0,75. Varje område börjar som ett eget kluster. Varje iteration tar klustret med lägst giltighet (därefter lägst kod) tills det är giltigt. Ett kluster av ett område upplöses: området ansluts till klustret med högst sambandsmått T_ij²/(R_i·W_j) + T_ji²/(R_j·W_i) om det inte sänker det klustrets giltighet; annars, eller utan flöde till något kluster, förs området till en reservlista. Ett kluster av flera områden lämnar ifrån sig ett område per iteration, det första i Istats ordning (de som pendlar in till området utifrån klustret + områdets förvärvsarbetande invånare som arbetar i andra områden, störst först), med samma villkor; resten hålls samman. Reservlistans områden står utanför tills iterationen har konvergerat och ansluts då till klustret med högst sambandsmått (utan villkoret, som i paketet). Områden utan samband med något kluster bildar egna kluster och nämns i loggen, liksom kluster som fortfarande är ogiltiga till sist. Vid lika vinner lägst kod; iterationen stannar också (med en varning) om den skulle upprepa sig.

&lt;b&gt;Kompatibilitet&lt;/b&gt; (resebehovsområden). &lt;i&gt;Istats paket LabourMarketAreas&lt;/i&gt; (standard, så att resultaten kan jämföras med Istats och Eurostats publicerade arbetsmarknadsområden) gör som findClusters i paketets version 3.4: områden med bara förvärvsarbetande invånare eller bara arbetstillfällen bland områdena (och områden vars enda pendling sker inom dem själva) läggs åt sidan före iterationen med alla sina flöden, upprepat tills inget återstår; vart och ett blir en egen region (roll 'set aside', nämns i loggen); och reservlistan fördelas i fallande kodordning. &lt;i&gt;Publicerad algoritm&lt;/i&gt;: varje område med pendling deltar, och reservlistan fördelas i stigande kodordning. I båda upprepar Samplan inte ett fel i paketet: när ett kluster har lämnat ifrån sig ett område numrerar findClusters om klustrets övriga områden efter att det har summerat sina tabeller per kluster, så att klustrets giltighet i nästa iteration beräknas från osummerade rader (i Istats data för Sardinien 0,0042 i stället för 0,8916) och klustret kan brytas upp fast det är nästan giltigt. Det ändrar ett resultat bara där ett kluster lämnar ifrån sig ett område och förblir ogiltigt; på Istats data för Sardinien ger paketet då 36 områden och Samplan 37; med det saknade summeringssteget tillagt i paketet ger båda samma 37 områden. Valfritt ansluts därefter delar av en region som är avskurna från dess huvuddel (via gemensamma gränser) till den angränsande region som har högst sambandsmått.

&lt;b&gt;Utdata.&lt;/b&gt; Regionpolygoner (unionen av deras områden) med centrum (SCB: centrumområdet; resebehovsområden: området med flest arbetstillfällen), antal områden, förvärvsarbetande invånare, arbetstillfällen, pendlare inom regionen, självförsörjning på båda sidor och giltighet; en tabell över områden och regioner med varje områdes roll; en kvalitetssammanfattning: antal regioner, andel av all pendling inom regionerna och modularitet (riktad, viktad, Leicht och Newman 2008). Källor: SCB, Lokala arbetsmarknader (metodbeskrivning); Coombes och Bond (2008), Travel-to-Work Areas: the 2007 review, ONS; Franconi, D'Alò och Ichim (2016), Istat implementation of the algorithm to develop Labour Market Areas; R-paketet LabourMarketAreas (Istat).</translation>
    </message>
    <message>
      <location filename="../algorithms/functional_regions.py" line="177" />
      <source>SCB local labour markets</source>
      <translation>SCB:s lokala arbetsmarknader</translation>
    </message>
    <message>
      <location filename="../algorithms/functional_regions.py" line="178" />
      <source>Travel-to-work areas (Coombes &amp; Bond, Istat)</source>
      <translation>Resebehovsområden (Coombes &amp; Bond, Istat)</translation>
    </message>
    <message>
      <location filename="../algorithms/functional_regions.py" line="183" />
      <source>Istat's LabourMarketAreas package (as findClusters 3.4)</source>
      <translation>Istats paket LabourMarketAreas (som findClusters 3.4)</translation>
    </message>
    <message>
      <location filename="../algorithms/functional_regions.py" line="184" />
      <source>Published algorithm</source>
      <translation>Publicerad algoritm</translation>
    </message>
    <message>
      <location filename="../algorithms/functional_regions.py" line="190" />
      <source>Method</source>
      <translation>Metod</translation>
    </message>
    <message>
      <location filename="../algorithms/functional_regions.py" line="191" />
      <source>Zones layer</source>
      <translation>Områdeslager</translation>
    </message>
    <message>
      <location filename="../algorithms/functional_regions.py" line="192" />
      <source>Commuting table</source>
      <translation>Pendlingstabell</translation>
    </message>
    <message>
      <location filename="../algorithms/functional_regions.py" line="193" />
      <source>Number of regions</source>
      <translation>Antal regioner</translation>
    </message>
    <message>
      <location filename="../algorithms/functional_regions.py" line="194" />
      <source>Number of zones</source>
      <translation>Antal områden</translation>
    </message>
    <message>
      <location filename="../algorithms/functional_regions.py" line="195" />
      <source>Commuters</source>
      <translation>Pendlare</translation>
    </message>
    <message>
      <location filename="../algorithms/functional_regions.py" line="196" />
      <source>Share of all commuting inside regions</source>
      <translation>Andel av all pendling inom regionerna</translation>
    </message>
    <message>
      <location filename="../algorithms/functional_regions.py" line="197" />
      <source>Share of the commuting between zones that stays inside regions</source>
      <translation>Andel av pendlingen mellan områden som stannar inom regionerna</translation>
    </message>
    <message>
      <location filename="../algorithms/functional_regions.py" line="200" />
      <source>Modularity</source>
      <translation>Modularitet</translation>
    </message>
    <message>
      <location filename="../algorithms/functional_regions.py" line="201" />
      <source>Iterations of the travel-to-work-area algorithm</source>
      <translation>Iterationer i algoritmen för resebehovsområden</translation>
    </message>
    <message>
      <location filename="../algorithms/functional_regions.py" line="202" />
      <source>Zones set aside: only residents or only jobs</source>
      <translation>Områden lagda åt sidan: bara förvärvsarbetande invånare eller bara arbetstillfällen</translation>
    </message>
    <message>
      <location filename="../algorithms/functional_regions.py" line="203" />
      <source>Travel-to-work areas: compatibility</source>
      <translation>Resebehovsområden: kompatibilitet</translation>
    </message>
    <message>
      <location filename="../algorithms/functional_regions.py" line="204" />
      <source>Travel-to-work areas: minimum size, employed residents (minSZ)</source>
      <translation>Resebehovsområden: minsta storlek, förvärvsarbetande (minSZ)</translation>
    </message>
    <message>
      <location filename="../algorithms/functional_regions.py" line="205" />
      <source>Travel-to-work areas: minimum self-containment (minSC)</source>
      <translation>Resebehovsområden: minsta självförsörjning (minSC)</translation>
    </message>
    <message>
      <location filename="../algorithms/functional_regions.py" line="206" />
      <source>Travel-to-work areas: target size, employed residents (tarSZ)</source>
      <translation>Resebehovsområden: målstorlek, förvärvsarbetande (tarSZ)</translation>
    </message>
    <message>
      <location filename="../algorithms/functional_regions.py" line="207" />
      <source>Travel-to-work areas: target self-containment (tarSC)</source>
      <translation>Resebehovsområden: målnivå för självförsörjning (tarSC)</translation>
    </message>
    <message>
      <location filename="../algorithms/functional_regions.py" line="231" />
      <source>SCB: largest share of employed residents working elsewhere for a centre</source>
      <translation>SCB: största andel förvärvsarbetande som arbetar på annan ort för ett centrum</translation>
    </message>
    <message>
      <location filename="../algorithms/functional_regions.py" line="236" />
      <source>SCB: largest single outflow for a centre (share of employed residents)</source>
      <translation>SCB: största enskilda utpendlingsström för ett centrum (andel av förvärvsarbetande)</translation>
    </message>
    <message>
      <location filename="../algorithms/functional_regions.py" line="252" />
      <source>Make every region one contiguous piece afterwards</source>
      <translation>Gör varje region sammanhängande i efterhand</translation>
    </message>
    <message>
      <location filename="../algorithms/functional_regions.py" line="273" />
      <source>Functional regions</source>
      <translation>Funktionella regioner</translation>
    </message>
    <message>
      <location filename="../algorithms/functional_regions.py" line="278" />
      <source>Zones and their regions</source>
      <translation>Områden och deras regioner</translation>
    </message>
    <message>
      <location filename="../algorithms/functional_regions.py" line="286" />
      <source>Quality summary</source>
      <translation>Kvalitetssammanfattning</translation>
    </message>
    <message>
      <location filename="../algorithms/functional_regions.py" line="312" />
      <source>{0} zones, {1} commuters, {2} pairs of zones with commuting.</source>
      <translation>{0} områden, {1} pendlare, {2} par av områden med pendling.</translation>
    </message>
    <message>
      <location filename="../algorithms/functional_regions.py" line="394" />
      <source>{0} regions; {1:.1%} of all commuting stays inside them; modularity {2:.3f}.</source>
      <translation>{0} regioner; {1:.1%} av all pendling stannar inom dem; modularitet {2:.3f}.</translation>
    </message>
    <message>
      <location filename="../algorithms/inputs.py" line="137" />
      <source>Municipalities layer '{0}' has no text field to name the municipalities; choose the municipality name field.</source>
      <translation>Kommunskiktet '{0}' har inget textfält som namnger kommunerna; välj fältet för kommunnamn.</translation>
    </message>
    <message>
      <location filename="../algorithms/inputs.py" line="142" />
      <source>Municipalities layer '{0}': names taken from the field '{1}'.</source>
      <translation>Kommunskiktet '{0}': namnen hämtas från fältet '{1}'.</translation>
    </message>
    <message>
      <location filename="../algorithms/inputs.py" line="158" />
      <source>Layer '{0}': {1} unit(s) have no name in the field '{2}' (feature ids {3}). Name them, or choose another name field.</source>
      <translation>Lagret '{0}': {1} enhet(er) saknar namn i fältet '{2}' (objekt-id {3}). Namnge dem eller välj ett annat namnfält.</translation>
    </message>
    <message>
      <location filename="../algorithms/inputs.py" line="171" />
      <source>The rule set cannot be used: {0}</source>
      <translation>Regeluppsättningen kan inte användas: {0}</translation>
    </message>
    <message>
      <location filename="../algorithms/inputs.py" line="179" />
      <source>The category mapping cannot be used: {0}</source>
      <translation>Kategorimappningen kan inte användas: {0}</translation>
    </message>
    <message>
      <location filename="../algorithms/link_criticality.py" line="60" />
      <source>Weak links and redundancy</source>
      <translation>Svaga länkar och redundans</translation>
    </message>
    <message>
      <location filename="../algorithms/link_criticality.py" line="69" />
      <source>network,road,rail,bridge,redundancy,detour,vulnerability,criticality,sårbarhet,omväg</source>
      <translation>nät,väg,järnväg,bro,redundans,omväg,sårbarhet,kritikalitet,vulnerability,bridge</translation>
    </message>
    <message>
      <location filename="../algorithms/link_criticality.py" line="74" />
      <source>Finds the weak links of a road or rail network: where a closed link leaves no way round, how long the detour is where there is one, how many people it cuts off from the centres, and how much it matters to the trips made on the network.

&lt;b&gt;Network.&lt;/b&gt; Lines are joined where they share a vertex (within the snap tolerance). A line marked in the grade separation field (bridge, tunnel) joins other lines only at its own ends, so a bridge over a road is no junction. Links run between junctions. Results are per stretch: links that meet only each other at a node are one stretch (unless a field to keep stretches apart differs there, or the one-way direction changes), so a road gives the same results however its lines are cut; source_fid and fid_list name each stretch's input features. The network's parts are reported as Tillväxtverket's Pipos prepares its road network: the main network, islands and loose links. With a speed field or speeds by class, costs are travel times; otherwise distances.

&lt;b&gt;Per link.&lt;/b&gt; is_bridge: no alternative route exists (a bridge in the graph sense, found with Tarjan's algorithm, on the network without directions); no_way_back: a one-way stretch with no route back at all. The best alternative route between the link's ends when it is closed, in metres and seconds, the extra length and time, and the detour ratio (empty where there is none); the result is exactly what closing every link and searching again gives, computed in batches of bounded searches. pop_cut_off: the people separated from every centre when the link is closed. importance, total_delay and unsatisfied_trips: link importance weighted by demand as Jenelius, Petersen &amp; Mattsson (2006) and Jenelius &amp; Mattsson (2012) define it: the increase in total travel time of all trips when the link is closed (total_delay in trip hours, importance per trip in minutes), with the trips that can no longer be made reported apart. Trips come from an OD table (CSV: origin, destination, trips, by the zone id field) or from the population by a production-constrained gravity model (trips per person, exponential decay per minute or per km). rank: 1 is the weakest link (most people cut off, most trips lost, largest delay, bridges, longest detour).

&lt;b&gt;Per node.&lt;/b&gt; Articulation points (a node whose closing splits the network) and the people they cut off.

Population (points, or grid polygons read at a point inside each) and centres join the network at the nearest link within the longest connector; population at a node counts for the nodes and links around it. Input layers are never modified.</source>
      <translation>Hittar de svaga länkarna i ett väg- eller järnvägsnät: var en stängd länk inte lämnar någon väg runt, hur lång omvägen är där det finns en, hur många personer den skär av från centrum, och hur mycket den betyder för resorna i nätet.

&lt;b&gt;Nät.&lt;/b&gt; Linjer sammanfogas där de delar en brytpunkt (inom snäpptoleransen). En linje som är markerad i planskildhetsfältet (bro, tunnel) möter andra linjer bara i sina egna ändar, så en bro över en väg är ingen korsning. Länkar går mellan korsningar. Resultaten gäller per sträcka: länkar som bara möter varandra i en nod är en sträcka (om inte ett fält för att hålla sträckor isär skiljer sig där, eller enkelriktningen ändras), så en väg ger samma resultat hur dess linjer än är delade; source_fid och fid_list anger varje sträckas indataobjekt. Nätets delar redovisas så som Tillväxtverkets Pipos förbereder sitt vägnät: huvudnätet, öar och lösa länkar. Med ett hastighetsfält eller hastigheter per klass är kostnaderna restider; annars avstånd.

&lt;b&gt;Per länk.&lt;/b&gt; is_bridge: ingen alternativ väg finns (en brygga i grafteoretisk mening, funnen med Tarjans algoritm, i nätet utan riktningar); no_way_back: en enkelriktad sträcka utan någon väg alls tillbaka. Den bästa alternativa vägen mellan länkens ändar när den är stängd, i meter och sekunder, den extra längden och tiden, och omvägskvoten (tomt där ingen finns); resultatet är exakt det som att stänga varje länk och söka igen ger, beräknat i omgångar av begränsade sökningar. pop_cut_off: personerna som skärs av från alla centrum när länken stängs. importance, total_delay och unsatisfied_trips: länkens efterfrågeviktade betydelse så som Jenelius, Petersen &amp; Mattsson (2006) och Jenelius &amp; Mattsson (2012) definierar den: ökningen av alla resors sammanlagda restid när länken stängs (total_delay i resetimmar, importance per resa i minuter), med resorna som inte längre kan göras redovisade för sig. Resorna kommer från en OD-tabell (CSV: origin, destination, trips, enligt zon-id-fältet) eller från befolkningen via en produktionsbegränsad gravitationsmodell (resor per person, exponentiellt avtagande per minut eller per km). rank: 1 är den svagaste länken (flest avskurna personer, flest förlorade resor, störst fördröjning, bryggor, längst omväg).

&lt;b&gt;Per nod.&lt;/b&gt; Artikulationspunkter (en nod vars stängning delar nätet) och personerna de skär av.

Befolkning (punkter, eller rutnätsytor lästa i en punkt inuti var och en) och centrum ansluts till närmaste länk inom den längsta anslutningen; befolkning i en nod räknas för noderna och länkarna runt den. Indatalagren ändras aldrig.</translation>
    </message>
    <message>
      <location filename="../algorithms/link_criticality.py" line="107" />
      <source>Trips for link importance</source>
      <translation>Resor för länkarnas betydelse</translation>
    </message>
    <message>
      <location filename="../algorithms/link_criticality.py" line="108" />
      <source>Links</source>
      <translation>Länkar</translation>
    </message>
    <message>
      <location filename="../algorithms/link_criticality.py" line="112" />
      <source>Articulation points</source>
      <translation>Artikulationspunkter</translation>
    </message>
    <message>
      <location filename="../algorithms/link_criticality.py" line="119" />
      <source>Number of bridges (links without alternative)</source>
      <translation>Antal bryggor (länkar utan alternativ)</translation>
    </message>
    <message>
      <location filename="../algorithms/link_criticality.py" line="174" />
      <source>{0} bridge(s) without alternative route, {1} articulation point(s).</source>
      <translation>{0} brygga/bryggor utan alternativ väg, {1} artikulationspunkt(er).</translation>
    </message>
    <message>
      <location filename="../algorithms/network_parameters.py" line="39" />
      <source>Network (road or rail lines)</source>
      <translation>Nät (väg- eller järnvägslinjer)</translation>
    </message>
    <message>
      <location filename="../algorithms/network_parameters.py" line="41" />
      <source>Speed field (km/h)</source>
      <translation>Hastighetsfält (km/h)</translation>
    </message>
    <message>
      <location filename="../algorithms/network_parameters.py" line="43" />
      <source>Road class field</source>
      <translation>Vägklassfält</translation>
    </message>
    <message>
      <location filename="../algorithms/network_parameters.py" line="48" />
      <source>Speeds by class (class=km/h; separated by ';'), for links without a speed of their own</source>
      <translation>Hastigheter per klass (klass=km/h; åtskilda med ';'), för länkar utan egen hastighet</translation>
    </message>
    <message>
      <location filename="../algorithms/network_parameters.py" line="56" />
      <source>Speed where neither the link nor its class gives one (km/h)</source>
      <translation>Hastighet där varken länken eller dess klass anger någon (km/h)</translation>
    </message>
    <message>
      <location filename="../algorithms/network_parameters.py" line="64" />
      <source>One-way field (yes/1/F: along the line, -1/T: against it)</source>
      <translation>Enkelriktningsfält (yes/1/F: i linjens riktning, -1/T: mot den)</translation>
    </message>
    <message>
      <location filename="../algorithms/network_parameters.py" line="70" />
      <source>Grade separation field (bridge, tunnel: joins other lines only at its ends)</source>
      <translation>Planskildhetsfält (bro, tunnel: möter andra linjer bara i sina ändar)</translation>
    </message>
    <message>
      <location filename="../algorithms/network_parameters.py" line="79" />
      <source>Snap tolerance: line ends and vertices this close meet (m)</source>
      <translation>Snäpptolerans: linjeändar och brytpunkter så här nära möts (m)</translation>
    </message>
    <message>
      <location filename="../algorithms/network_parameters.py" line="89" />
      <source>Longest connector from a point to the network (m)</source>
      <translation>Längsta anslutning från en punkt till nätet (m)</translation>
    </message>
    <message>
      <location filename="../algorithms/network_parameters.py" line="106" />
      <source>Keep stretches apart where these fields change (e.g. road class; otherwise links meeting only each other are one stretch)</source>
      <translation>Håll sträckor isär där dessa fält ändras (t.ex. vägklass; annars är länkar som bara möter varandra en sträcka)</translation>
    </message>
    <message>
      <location filename="../algorithms/network_parameters.py" line="123" />
      <source>Layer '{0}' has no lines to build a network from.</source>
      <translation>Lagret '{0}' har inga linjer att bygga ett nät av.</translation>
    </message>
    <message>
      <location filename="../algorithms/network_parameters.py" line="126" />
      <source>Layer '{0}' gives a network of one link: it needs lines that meet, so that there is something to route over.</source>
      <translation>Lagret '{0}' ger ett nät av en enda länk: det behövs linjer som möts, så att det finns något att söka vägar i.</translation>
    </message>
    <message>
      <location filename="../algorithms/provider.py" line="33" />
      <source>Samplan: strategic planning checks</source>
      <translation>Samplan: strategiska planeringskontroller</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" line="90" />
      <source>Workshop report (HTML and PDF)</source>
      <translation>Rapport för workshop (HTML och PDF)</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" line="103" />
      <source>Writes a report of a plan draft or a comparison of drafts, in Swedish or English, as an HTML page and as a PDF made from a QGIS print layout (A4), to hand to a municipality or to use in a consultation.

&lt;b&gt;Contents.&lt;/b&gt; A cover with the plan draft's name and version, the date, the inputs and the rule set used; an overview map with a background (settlement, roads with their numbers, water, municipal borders and place names, from the background layers given), the results by severity, a legend, a north arrow and a scale bar; a map page for each municipality with results; the results by severity, by municipality (with a chart) and by rule with the rule's text and legal basis; the conflict list: every result with its rule text, basis, municipality, area or length, share of the plan feature, and its review status and comment, grouped by severity with the worst first; sections for the other analyses whose outputs are given (draft comparison, fragmentation before and after, incompatible uses across borders, the weakest links, accessibility shares, functional regions); and method notes with their sources for the analyses in the report only. Numbers are written as the report's language writes them (Swedish: 4 790 km², 58,3 %).

&lt;b&gt;Inputs&lt;/b&gt; are the outputs of the other Samplan algorithms: the result layers of samplan:conflictcheck (areas, lines, points) with the reviews saved in the conflict inspector, and its rule set used and run parameters tables; the indicator table of samplan:comparedrafts; the mesh table of samplan:fragmentation; the pairs of samplan:bordercoherence; the links of samplan:linkcriticality; the accessibility per municipality of samplan:accessibility; the regions of samplan:functionalregions. At least one must be given; a run with nothing to report is refused, and an empty one is named in a warning.

The report's texts come from templates in resources/report/ of the plugin. Runs in QGIS's main thread and headless through qgis_process. Nothing is written if the run fails or is cancelled: a previous report stays as it was.</source>
      <translation>Skriver en rapport om ett planförslag eller en jämförelse mellan förslag, på svenska eller engelska, som en HTML-sida och som en PDF gjord av en QGIS-utskriftslayout (A4), att lämna till en kommun eller använda i ett samråd.

&lt;b&gt;Innehåll.&lt;/b&gt; Ett försättsblad med planförslagets namn och version, datum, indata och den regeluppsättning som använts; en översiktskarta med bakgrund (bebyggelse, vägar med nummer, vatten, kommungränser och ortnamn, från de bakgrundsskikt som anges), resultaten efter allvarlighetsgrad, teckenförklaring, norrpil och skalstock; en kartsida för varje kommun med resultat; resultaten per allvarlighetsgrad, per kommun (med diagram) och per regel med regelns text och lagstöd; konfliktlistan: varje resultat med regeltext, stöd, kommun, yta eller längd, andel av planobjektet samt granskningsstatus och kommentar, grupperade efter allvarlighetsgrad med de allvarligaste först; avsnitt för de övriga analyser vars utdata anges (jämförelse av förslag, fragmentering före och efter, oförenliga användningar över gränser, de svagaste länkarna, andelar inom räckhåll, funktionella regioner); och metodbeskrivning med källor endast för analyserna i rapporten. Talen skrivs som rapportens språk skriver dem (svenska: 4 790 km², 58,3 %).

&lt;b&gt;Indata&lt;/b&gt; är utdata från Samplans övriga algoritmer: resultatskikten från samplan:conflictcheck (ytor, linjer, punkter) med granskningarna sparade i konfliktgranskaren, samt dess tabeller över använd regeluppsättning och körningens parametrar; indikatortabellen från samplan:comparedrafts; tabellen över maskstorlek från samplan:fragmentation; paren från samplan:bordercoherence; länkarna från samplan:linkcriticality; tillgängligheten per kommun från samplan:accessibility; regionerna från samplan:functionalregions. Minst ett måste anges; en körning utan något att rapportera avvisas, och ett tomt resultat nämns i en varning.

Rapportens texter kommer från mallar i tilläggets resources/report/. Körs i QGIS huvudtråd och utan gränssnitt med qgis_process. Inget skrivs om körningen misslyckas eller avbryts: en tidigare rapport lämnas som den var.</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" line="132" />
      <source>Conflict check results (areas, lines, points)</source>
      <translation>Konfliktkontrollens resultat (ytor, linjer, punkter)</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" line="140" />
      <source>Rule set used (from the conflict check)</source>
      <translation>Använd regeluppsättning (från konfliktkontrollen)</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" line="148" />
      <source>Run parameters (from the conflict check)</source>
      <translation>Körningens parametrar (från konfliktkontrollen)</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" line="155" />
      <source>Plan draft (for the map)</source>
      <translation>Planförslag (för kartan)</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" line="159" />
      <source>Name of the plan draft</source>
      <translation>Planförslagets namn</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" line="162" />
      <source>Version of the plan draft</source>
      <translation>Planförslagets version</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" line="167" />
      <source>Municipalities (for the maps)</source>
      <translation>Kommuner (för kartorna)</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" line="175" />
      <source>Municipality name field (empty: the field holding the results' names)</source>
      <translation>Fält med kommunnamn (tomt: fältet som innehåller resultatens namn)</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" line="183" />
      <source>Background layers (settlement, roads, water, borders)</source>
      <translation>Bakgrundsskikt (bebyggelse, vägar, vatten, gränser)</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" line="191" />
      <source>Indicators per version (from Compare plan draft versions)</source>
      <translation>Indikatorer per version (från Jämför versioner av planförslag)</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" line="199" />
      <source>Effective mesh size per unit (from Effective mesh size)</source>
      <translation>Effektiv maskstorlek per område (från Effektiv maskstorlek)</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" line="207" />
      <source>Incompatible uses across borders (from Coherence across municipal borders)</source>
      <translation>Oförenliga användningar över gränser (från Samstämmighet över kommungränser)</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" line="215" />
      <source>Links (from Weak links and redundancy)</source>
      <translation>Länkar (från Svaga länkar och redundans)</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" line="223" />
      <source>Accessibility per municipality (from Accessibility between city and countryside)</source>
      <translation>Tillgänglighet per kommun (från Tillgänglighet mellan stad och land)</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" line="231" />
      <source>Functional regions (from Functional regions from commuting)</source>
      <translation>Funktionella regioner (från Funktionella regioner ur pendling)</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" line="236" />
      <source>Title</source>
      <translation>Rubrik</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" line="240" />
      <source>Language of the report</source>
      <translation>Rapportens språk</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" line="247" />
      <source>HTML report</source>
      <translation>HTML-rapport</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" line="247" />
      <source>HTML files (*.html)</source>
      <translation>HTML-filer (*.html)</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" line="251" />
      <source>PDF report</source>
      <translation>PDF-rapport</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" line="251" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" line="253" />
      <source>Number of PDF pages</source>
      <translation>Antal sidor i PDF:en</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" line="296" />
      <source>{0} is a folder: give a file name for the report.</source>
      <translation>{0} är en mapp: ange ett filnamn för rapporten.</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" line="310" />
      <source>The Python package matplotlib is not installed: the report has no charts.</source>
      <translation>Python-paketet matplotlib är inte installerat: rapporten får inga diagram.</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" line="315" />
      <source>The {0} given have no rows: the report says so in their section.</source>
      <translation>De givna {0} saknar rader: rapporten säger det i deras avsnitt.</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" line="347" />
      <source>Report written: {0} and {1} ({2} pages).</source>
      <translation>Rapporten är skriven: {0} och {1} ({2} sidor).</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" line="352" />
      <source>conflict check results</source>
      <translation>konfliktkontrollens resultat</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" line="353" />
      <source>indicators per version</source>
      <translation>indikatorerna per version</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" line="354" />
      <source>effective mesh sizes</source>
      <translation>effektiva maskstorlekarna</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" line="355" />
      <source>incompatible uses across borders</source>
      <translation>oförenliga användningarna över gränser</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" line="356" />
      <source>links</source>
      <translation>länkarna</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" line="357" />
      <source>accessibility figures</source>
      <translation>tillgänglighetsmåtten</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" line="358" />
      <source>functional regions</source>
      <translation>funktionella regionerna</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" line="368" />
      <source>Nothing to report: no results were given. Give at least one of: {0}.</source>
      <translation>Inget att rapportera: inga resultat har angetts. Ange minst ett av: {0}.</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" line="381" />
      <source>Nothing to report: the results given are all empty ({0}).</source>
      <translation>Inget att rapportera: alla angivna resultat är tomma ({0}).</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" line="392" />
      <source>Layer '{0}' is not a result of the conflict check: it has no field(s) {1}.</source>
      <translation>Skiktet '{0}' är inget resultat av konfliktkontrollen: det saknar fälten {1}.</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" line="410" />
      <source>Layer '{0}' has no field(s) {1}: is it the right Samplan output?</source>
      <translation>Skiktet '{0}' saknar fälten {1}: är det rätt utdata från Samplan?</translation>
    </message>
    <message>
      <location filename="../algorithms/sample_region.py" line="36" />
      <source>Create sample region</source>
      <translation>Skapa exempelregion</translation>
    </message>
    <message>
      <location filename="../algorithms/sample_region.py" line="39" />
      <source>Sample data</source>
      <translation>Exempeldata</translation>
    </message>
    <message>
      <location filename="../algorithms/sample_region.py" line="46" />
      <source>Writes a synthetic but plausible Swedish region (SWEREF 99 TM, EPSG:3006) to one GeoPackage, for workshops, training and tests: municipalities in one county, tätorter with population, buildings, a 250 m population grid, a connected road network with road classes and bridges over a river, a railway with stations, bus stops with weekday departures, nature reserves, Natura 2000, green wedges, ecological links, lakes, a river with its 100-year flood zone, shore protection, agricultural land, a water protection area, riksintressen, a commuting table and two plan drafts (A and B) in the categories of Boverket's ÖP-modell.

Plan draft A holds planted conflicts of every kind in the default rule set; draft B resolves some and adds others. The table 'planterade_konflikter' lists them (rule, plan feature, theme feature, expected overlap), so results can be checked.

The same seed gives the same data. Scale grows the region towards a county: at scale 125 it holds over a million buildings (used by the benchmark).

Beside the GeoPackage, a GTFS feed (&lt;name&gt;_gtfs.zip) holds the timetable of the railway and of a bus line from every bus stop, with as many weekday departures at each stop as its layer says.</source>
      <translation>Skriver en syntetisk men rimlig svensk region (SWEREF 99 TM, EPSG:3006) till en GeoPackage, för workshoppar, utbildning och tester: kommuner i ett län, tätorter med befolkning, byggnader, ett befolkningsrutnät på 250 m, ett sammanhängande vägnät med vägklasser och broar över en älv, en järnväg med stationer, busshållplatser med avgångar en vardag, naturreservat, Natura 2000, gröna kilar, ekologiska samband, sjöar, en älv med dess område för 100-årsflöde, strandskydd, jordbruksmark, ett vattenskyddsområde, riksintressen, en pendlingstabell och två planförslag (A och B) i kategorierna i Boverkets ÖP-modell.

Planförslag A innehåller planterade konflikter av varje slag i standardreglerna; förslag B löser några och lägger till andra. Tabellen 'planterade_konflikter' listar dem (regel, planobjekt, temaobjekt, förväntat överlapp), så att resultaten kan kontrolleras.

Samma frö ger samma data. Skalan låter regionen växa mot ett län: vid skala 125 rymmer den över en miljon byggnader (används av prestandamätningen).

Bredvid GeoPackage-filen finns ett GTFS-flöde (&lt;namn&gt;_gtfs.zip) med tidtabellen för järnvägen och för en busslinje från varje busshållplats, med lika många avgångar en vardag vid varje hållplats som dess lager anger.</translation>
    </message>
    <message>
      <location filename="../algorithms/sample_region.py" line="63" />
      <source>&lt;b&gt;Sources.&lt;/b&gt; The data are invented, but each layer follows the structure and categories of the real national data set a region would load: SCB's tätorter and 250 m population grid, Lantmäteriet's buildings and roads with Trafikverket's road classes and recommended routes for dangerous goods, Naturvårdsverket's protected nature and Natura 2000, the flood maps of MSB and the county boards, shore protection under Miljöbalken chapter 7, Jordbruksverket's arable land, riksintressen under Miljöbalken chapters 3 and 4, SCB's commuting statistics, and plan drafts in Boverket's ÖP-modell 2.1.</source>
      <translation>&lt;b&gt;Källor.&lt;/b&gt; Uppgifterna är påhittade, men varje lager följer struktur och kategorier i den verkliga nationella datamängd som en region skulle läsa in: SCB:s tätorter och befolkning per 250 m-ruta, Lantmäteriets byggnader och vägar med Trafikverkets vägklasser och rekommenderade vägar för farligt gods, Naturvårdsverkets skyddade natur och Natura 2000, MSB:s och länsstyrelsernas översvämningskarteringar, strandskydd enligt 7 kap. miljöbalken, Jordbruksverkets åkermark, riksintressen enligt 3 och 4 kap. miljöbalken, SCB:s pendlingsstatistik och planförslag i Boverkets ÖP-modell 2.1.</translation>
    </message>
    <message>
      <location filename="../algorithms/sample_region.py" line="75" />
      <source>Random seed</source>
      <translation>Slumpfrö</translation>
    </message>
    <message>
      <location filename="../algorithms/sample_region.py" line="80" />
      <source>Scale (1 = about 60 x 40 km; 125 = a county with over a million buildings)</source>
      <translation>Skala (1 = cirka 60 x 40 km; 125 = ett län med över en miljon byggnader)</translation>
    </message>
    <message>
      <location filename="../algorithms/sample_region.py" line="89" />
      <source>Sample region GeoPackage</source>
      <translation>Exempelregionens GeoPackage</translation>
    </message>
    <message>
      <location filename="../algorithms/sample_region.py" line="89" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../algorithms/sample_region.py" line="112" />
      <source>{0}: {1} features</source>
      <translation>{0}: {1} objekt</translation>
    </message>
    <message>
      <location filename="../algorithms/sample_region.py" line="117" />
      <source>GTFS feed of the railway and bus stops: {0}</source>
      <translation>GTFS-flöde för järnvägen och busshållplatserna: {0}</translation>
    </message>
    <message>
      <location filename="../algorithms/sample_region.py" line="122" />
      <source>Could not write {0}: {1}. Is it open in QGIS or another program?</source>
      <translation>Kunde inte skriva {0}: {1}. Är filen öppen i QGIS eller ett annat program?</translation>
    </message>
    <message>
      <location filename="../algorithms/sample_region.py" line="127" />
      <source>Cancelled: no sample region was written.</source>
      <translation>Avbrutet: ingen exempelregion skrevs.</translation>
    </message>
    <message>
      <location filename="../algorithms/shared_review_roles.py" line="30" />
      <source>Set up shared review in PostGIS</source>
      <translation>Förbered delad granskning i PostGIS</translation>
    </message>
    <message>
      <location filename="../algorithms/shared_review_roles.py" line="39" />
      <source>postgis,postgresql,review,roles,grant,shared,granskning</source>
      <translation>postgis,postgresql,granskning,roller,behörighet,delad,review</translation>
    </message>
    <message>
      <location filename="../algorithms/shared_review_roles.py" line="42" />
      <source>Prepares a PostgreSQL/PostGIS schema to hold the conflict check's results and their reviews, shared by several reviewers (the region, the municipalities, the county board, Trafikverket), and grants two group roles on it.

&lt;b&gt;Method.&lt;/b&gt; Creates the schema if needed, with a table 'review' (one row per conflict key: status, comment, reviewed by, reviewed at and a version number) and an append-only table 'review_history' filled by a trigger on every change. A review is saved only over the version the reviewer saw; when someone else changed it meanwhile the save is refused and the other's change shown, so nothing is overwritten silently. Creates the two roles (NOLOGIN group roles) if missing and grants: the reviewer role may read every table and update the reviews; the read-only role may only read. Nobody may write the history directly. Tables that later runs create are granted to both roles too.

&lt;b&gt;Inputs.&lt;/b&gt; One of QGIS's saved PostgreSQL connections (its credentials come from QGIS's authentication manager, and are never stored in the project or the tables), the schema, and the names of the two roles. The connection's user needs the right to create schemas and roles (CREATEROLE). Give people the roles with GRANT role TO user.

&lt;b&gt;Outputs.&lt;/b&gt; The SQL statements that were run, also in the log; the README lists them. Then choose the connection and the schema as the shared results in the conflict inspector and run the check.</source>
      <translation>Förbereder ett schema i PostgreSQL/PostGIS för konfliktkontrollens resultat och deras granskning, delad mellan flera granskare (regionen, kommunerna, länsstyrelsen, Trafikverket), och ger två grupproller behörighet till det.

&lt;b&gt;Metod.&lt;/b&gt; Skapar schemat vid behov, med en tabell 'review' (en rad per konfliktnyckel: status, kommentar, granskad av, granskad när och ett versionsnummer) och en tabell 'review_history' som bara kan växa och fylls av en trigger vid varje ändring. En granskning sparas bara över den version granskaren såg; har någon annan ändrat den under tiden vägras sparandet och den andras ändring visas, så att inget skrivs över i tysthet. Skapar de två rollerna (grupproller utan inloggning, NOLOGIN) om de saknas och ger behörighet: granskarrollen får läsa alla tabeller och ändra granskningarna; läsrollen får bara läsa. Ingen får skriva direkt i historiken. Tabeller som senare körningar skapar får båda rollerna också läsa.

&lt;b&gt;Indata.&lt;/b&gt; En av QGIS sparade PostgreSQL-anslutningar (inloggningsuppgifterna kommer från QGIS autentiseringshanterare och sparas aldrig i projektet eller tabellerna), schemat och namnen på de två rollerna. Anslutningens användare behöver rätt att skapa scheman och roller (CREATEROLE). Ge personerna rollerna med GRANT roll TO användare.

&lt;b&gt;Utdata.&lt;/b&gt; SQL-satserna som kördes, även i loggen; README listar dem. Välj sedan anslutningen och schemat som delade resultat i konfliktgranskaren och kör kontrollen.</translation>
    </message>
    <message>
      <location filename="../algorithms/shared_review_roles.py" line="63" />
      <source>Database connection</source>
      <translation>Databasanslutning</translation>
    </message>
    <message>
      <location filename="../algorithms/shared_review_roles.py" line="66" />
      <source>Schema of the shared results</source>
      <translation>Schema för de delade resultaten</translation>
    </message>
    <message>
      <location filename="../algorithms/shared_review_roles.py" line="70" />
      <source>Reviewer role (reads, writes reviews)</source>
      <translation>Granskarroll (läser, skriver granskningar)</translation>
    </message>
    <message>
      <location filename="../algorithms/shared_review_roles.py" line="73" />
      <source>Read-only role</source>
      <translation>Roll med endast läsrätt</translation>
    </message>
    <message>
      <location filename="../algorithms/shared_review_roles.py" line="74" />
      <source>SQL run</source>
      <translation>Körd SQL</translation>
    </message>
    <message>
      <location filename="../algorithms/shared_review_roles.py" line="82" />
      <source>Name the schema of the shared results.</source>
      <translation>Ange schemat för de delade resultaten.</translation>
    </message>
    <message>
      <location filename="../algorithms/shared_review_roles.py" line="84" />
      <source>Name two different roles: a reviewer role and a read-only role.</source>
      <translation>Ange två olika roller: en granskarroll och en roll med endast läsrätt.</translation>
    </message>
    <message>
      <location filename="../algorithms/shared_review_roles.py" line="92" />
      <source>This algorithm needs the Python package psycopg2 (shared review in PostGIS). Install it into QGIS's Python; the other algorithms work without it.</source>
      <translation>Den här algoritmen behöver Python-paketet psycopg2 (delad granskning i PostGIS). Installera det i QGIS:s Python; de andra algoritmerna fungerar utan det.</translation>
    </message>
    <message>
      <location filename="../algorithms/shared_review_roles.py" line="105" />
      <source>The user of connection '{0}' may not create the schema '{1}' or the roles: {2} Ask for a user with CREATEROLE and the right to create schemas, or let the database administrator run the SQL in the README.</source>
      <translation>Användaren i anslutningen '{0}' får inte skapa schemat '{1}' eller rollerna: {2} Be om en användare med CREATEROLE och rätt att skapa scheman, eller låt databasadministratören köra SQL-satserna i README.</translation>
    </message>
    <message>
      <location filename="../algorithms/shared_review_roles.py" line="113" />
      <source>Setting up schema '{0}' failed: {1}</source>
      <translation>Det gick inte att förbereda schemat '{0}': {1}</translation>
    </message>
    <message>
      <location filename="../algorithms/shared_review_roles.py" line="120" />
      <source>Schema '{0}' is ready: role '{1}' reviews, role '{2}' reads.</source>
      <translation>Schemat '{0}' är klart: rollen '{1}' granskar, rollen '{2}' läser.</translation>
    </message>
    <message>
      <location filename="../algorithms/transit_accessibility.py" line="99" />
      <source>Accessibility by public transport (GTFS)</source>
      <translation>Tillgänglighet med kollektivtrafik (GTFS)</translation>
    </message>
    <message>
      <location filename="../algorithms/transit_accessibility.py" line="108" />
      <source>gtfs,kollektivtrafik,public transport,raptor,restidskvot,travel time,restid,pipos,day trip</source>
      <translation>gtfs,kollektivtrafik,public transport,raptor,restidskvot,travel time,restid,pipos,dagsresa</translation>
    </message>
    <message>
      <location filename="../algorithms/transit_accessibility.py" line="113" />
      <source>Measures accessibility by public transport from a GTFS timetable (a zip file or a folder, e.g. Trafiklab's GTFS Sverige 2 or 3): per origin (population points or a 250 m grid) the travel time to the nearest destination over every departure minute of a window, as the median with a low and a high percentile and the best case; the opportunities (the sum of the destinations' weight, e.g. jobs) whose median travel time is within each threshold (by default 30, 45 and 60 minutes); whether a day trip to a centre works; and, with a road network, the restidskvot (public transport time / car time) in classes. Per municipality the population-weighted mean and median time, the shares within the thresholds, the people without a usable trip and the mean opportunities. The stops get their departures per hour in the window and a frequency class.

&lt;b&gt;Method.&lt;/b&gt; People walk in a straight line at the walking speed to any stop within the longest walk; from each such stop, one RAPTOR search (Delling, Pajor and Werneck 2012) per moment a trip leaves it gives the earliest arrival at every stop (range RAPTOR: a departure at any minute takes the next such moment); a walk to the destination follows. RAPTOR runs in rounds, one more trip per round, with walks between stops (transfers.txt, platforms of one station, and stops within the longest transfer walk) after each. Travel times include waiting at the first stop. Percentiles are read over the minutes of the window by nearest rank, as Conveyal's percentile travel times are; a minute without a trip within the longest trip counts as no trip, and a percentile that falls on such minutes is empty.

&lt;b&gt;Feeds as they come.&lt;/b&gt; calendar.txt and calendar_dates.txt choose the services of the date; trips of the day before that run past midnight (times past 24:00) are kept; frequencies.txt trips are expanded; platforms without coordinates take their parent station's. A feed without service on the date, broken references and bad times are named by file, line and id.

&lt;b&gt;Day trip&lt;/b&gt; (Trafikverket's basic accessibility criteria): leaving home no earlier than the first time, arrive at a centre by the arrival time, stay the given hours, and be home again by the last time.

&lt;b&gt;Restidskvot.&lt;/b&gt; With a road network, the car time from each origin to its nearest destination by car (samplan:accessibility's engine, connectors at 30 km/h) and the public transport median time to the same destination; classes: below 1.0 faster than the car, 1.0-1.5 competitive, 1.5-2.0 acceptable, above 2.0 not competitive.

&lt;b&gt;Before and after.&lt;/b&gt; A new line (a line layer, its stops as a point layer, a headway and a speed or a run time), or the routes whose frequency is multiplied: the same run gives the difference per origin and per municipality (after minus before; negative times are quicker).

Sources: Delling, Pajor and Werneck (2012), Round-Based Public Transit Routing; Conveyal R5's percentile travel times (Conway, Byrd and van Eggermond 2018); Tillväxtverket, Pipos; Trafikverket, grundläggande tillgänglighet. Input layers and the feed are never modified.</source>
      <translation>Mäter tillgängligheten med kollektivtrafik utifrån en GTFS-tidtabell (en zip-fil eller en mapp, t.ex. Trafiklabs GTFS Sverige 2 eller 3): per startpunkt (befolkningspunkter eller ett rutnät med 250 m-rutor) restiden till närmaste målpunkt över varje avgångsminut i ett tidsfönster, som median med en låg och en hög percentil samt bästa fallet; möjligheterna (summan av målpunkternas vikt, t.ex. arbetstillfällen) vars medianrestid ligger inom varje tröskel (som standard 30, 45 och 60 minuter); om en dagsresa till ett centrum fungerar; och, med ett vägnät, restidskvoten (kollektivtrafikens restid / bilens restid) i klasser. Per kommun det befolkningsviktade medelvärdet och medianen av restiden, andelarna inom trösklarna, de personer som saknar en användbar resa och de genomsnittliga möjligheterna. Hållplatserna får sina avgångar per timme i tidsfönstret och en turtäthetsklass.

&lt;b&gt;Metod.&lt;/b&gt; Man går fågelvägen med gånghastigheten till varje hållplats inom den längsta gångsträckan; från varje sådan hållplats ger en RAPTOR-sökning (Delling, Pajor och Werneck 2012) per tillfälle då en tur avgår därifrån den tidigaste ankomsten till varje hållplats (range-RAPTOR: en avgång vid vilken minut som helst tar nästa sådant tillfälle); därefter en promenad till målpunkten. RAPTOR arbetar i omgångar, en tur till per omgång, med promenader mellan hållplatser (transfers.txt, plattformar vid samma station och hållplatser inom den längsta bytespromenaden) efter varje. Restiderna inkluderar väntan vid den första hållplatsen. Percentilerna läses över fönstrets minuter med närmaste rang, som Conveyals percentilrestider; en minut utan resa inom den längsta resan räknas som ingen resa, och en percentil som faller på sådana minuter blir tom.

&lt;b&gt;Flöden som de kommer.&lt;/b&gt; calendar.txt och calendar_dates.txt väljer datumets trafikdagar; turer från dagen före som går efter midnatt (tider efter 24:00) tas med; turer i frequencies.txt räknas ut; plattformar utan koordinater får sin överordnade stations. Ett flöde utan trafik det datumet, trasiga hänvisningar och felaktiga tider anges med fil, rad och id.

&lt;b&gt;Dagsresa&lt;/b&gt; (Trafikverkets kriterier för grundläggande tillgänglighet): res hemifrån tidigast vid den första tiden, var framme i ett centrum senast vid ankomsttiden, stanna det angivna antalet timmar och var hemma igen senast vid den sista tiden.

&lt;b&gt;Restidskvot.&lt;/b&gt; Med ett vägnät: bilens restid från varje startpunkt till närmaste målpunkt med bil (samplan:accessibilitys motor, anslutningar i 30 km/h) och kollektivtrafikens medianrestid till samma målpunkt; klasser: under 1,0 snabbare än bilen, 1,0–1,5 konkurrenskraftig, 1,5–2,0 godtagbar, över 2,0 inte konkurrenskraftig.

&lt;b&gt;Före och efter.&lt;/b&gt; En ny linje (ett linjelager, dess hållplatser som ett punktlager, en turtäthet och en hastighet eller en körtid), eller de linjer vars turtäthet mångfaldigas: samma körning ger skillnaden per startpunkt och per kommun (efter minus före; negativa tider är snabbare).

Källor: Delling, Pajor och Werneck (2012), Round-Based Public Transit Routing; Conveyal R5:s percentilrestider (Conway, Byrd och van Eggermond 2018); Tillväxtverket, Pipos; Trafikverket, grundläggande tillgänglighet. Indatalager och flödet ändras aldrig.</translation>
    </message>
    <message>
      <location filename="../algorithms/transit_accessibility.py" line="152" />
      <source>GTFS feed (zip file or folder)</source>
      <translation>GTFS-flöde (zip-fil eller mapp)</translation>
    </message>
    <message>
      <location filename="../algorithms/transit_accessibility.py" line="152" />
      <source>GTFS (*.zip);;All files (*)</source>
      <translation>GTFS (*.zip);;Alla filer (*)</translation>
    </message>
    <message>
      <location filename="../algorithms/transit_accessibility.py" line="155" />
      <source>Date (YYYY-MM-DD)</source>
      <translation>Datum (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
      <location filename="../algorithms/transit_accessibility.py" line="157" />
      <source>Departure window from (HH:MM)</source>
      <translation>Avgångsfönster från (TT:MM)</translation>
    </message>
    <message>
      <location filename="../algorithms/transit_accessibility.py" line="160" />
      <source>Departure window to (HH:MM)</source>
      <translation>Avgångsfönster till (TT:MM)</translation>
    </message>
    <message>
      <location filename="../algorithms/transit_accessibility.py" line="165" />
      <source>Origins (population points or grid polygons)</source>
      <translation>Startpunkter (befolkningspunkter eller rutpolygoner)</translation>
    </message>
    <message>
      <location filename="../algorithms/transit_accessibility.py" line="177" />
      <source>Destinations (jobs, inhabitants, services)</source>
      <translation>Målpunkter (arbetstillfällen, invånare, service)</translation>
    </message>
    <message>
      <location filename="../algorithms/transit_accessibility.py" line="184" />
      <source>Destination weight field (e.g. jobs)</source>
      <translation>Fält för målpunkternas vikt (t.ex. arbetstillfällen)</translation>
    </message>
    <message>
      <location filename="../algorithms/transit_accessibility.py" line="202" />
      <source>Walking speed (km/h)</source>
      <translation>Gånghastighet (km/h)</translation>
    </message>
    <message>
      <location filename="../algorithms/transit_accessibility.py" line="208" />
      <source>Longest walk to and from stops (m)</source>
      <translation>Längsta gångsträcka till och från hållplatser (m)</translation>
    </message>
    <message>
      <location filename="../algorithms/transit_accessibility.py" line="217" />
      <source>Longest walk between stops for a transfer (m)</source>
      <translation>Längsta gångsträcka mellan hållplatser vid byte (m)</translation>
    </message>
    <message>
      <location filename="../algorithms/transit_accessibility.py" line="225" />
      <source>Most transfers</source>
      <translation>Flest byten</translation>
    </message>
    <message>
      <location filename="../algorithms/transit_accessibility.py" line="230" />
      <source>Longest trip (minutes)</source>
      <translation>Längsta resa (minuter)</translation>
    </message>
    <message>
      <location filename="../algorithms/transit_accessibility.py" line="236" />
      <source>Low and high percentiles</source>
      <translation>Låg och hög percentil</translation>
    </message>
    <message>
      <location filename="../algorithms/transit_accessibility.py" line="249" />
      <source>Day trip: centres to reach</source>
      <translation>Dagsresa: centrum att nå</translation>
    </message>
    <message>
      <location filename="../algorithms/transit_accessibility.py" line="254" />
      <source>Day trip: leave home no earlier than (HH:MM)</source>
      <translation>Dagsresa: res hemifrån tidigast (TT:MM)</translation>
    </message>
    <message>
      <location filename="../algorithms/transit_accessibility.py" line="258" />
      <source>Day trip: arrive by (HH:MM)</source>
      <translation>Dagsresa: var framme senast (TT:MM)</translation>
    </message>
    <message>
      <location filename="../algorithms/transit_accessibility.py" line="262" />
      <source>Day trip: stay at least (hours)</source>
      <translation>Dagsresa: stanna minst (timmar)</translation>
    </message>
    <message>
      <location filename="../algorithms/transit_accessibility.py" line="266" />
      <source>Day trip: home again by (HH:MM)</source>
      <translation>Dagsresa: hemma igen senast (TT:MM)</translation>
    </message>
    <message>
      <location filename="../algorithms/transit_accessibility.py" line="271" />
      <source>Road network for the car time (restidskvot)</source>
      <translation>Vägnät för bilens restid (restidskvot)</translation>
    </message>
    <message>
      <location filename="../algorithms/transit_accessibility.py" line="274" />
      <source>Change: a new line (line layer)</source>
      <translation>Förändring: en ny linje (linjelager)</translation>
    </message>
    <message>
      <location filename="../algorithms/transit_accessibility.py" line="280" />
      <source>Change: the new line's stops</source>
      <translation>Förändring: den nya linjens hållplatser</translation>
    </message>
    <message>
      <location filename="../algorithms/transit_accessibility.py" line="288" />
      <source>Change: the new line's headway (minutes)</source>
      <translation>Förändring: den nya linjens turtäthet (minuter)</translation>
    </message>
    <message>
      <location filename="../algorithms/transit_accessibility.py" line="297" />
      <source>Change: the new line's speed (km/h)</source>
      <translation>Förändring: den nya linjens hastighet (km/h)</translation>
    </message>
    <message>
      <location filename="../algorithms/transit_accessibility.py" line="306" />
      <source>Change: the new line's run time end to end (minutes; 0: from the speed)</source>
      <translation>Förändring: den nya linjens körtid från ände till ände (minuter; 0: från hastigheten)</translation>
    </message>
    <message>
      <location filename="../algorithms/transit_accessibility.py" line="315" />
      <source>Change: route ids whose frequency is multiplied (separated by ';')</source>
      <translation>Förändring: linje-id vars turtäthet mångfaldigas (åtskilda med ';')</translation>
    </message>
    <message>
      <location filename="../algorithms/transit_accessibility.py" line="323" />
      <source>Change: frequency factor</source>
      <translation>Förändring: turtäthetsfaktor</translation>
    </message>
    <message>
      <location filename="../algorithms/transit_accessibility.py" line="331" />
      <source>Public transport accessibility per origin</source>
      <translation>Tillgänglighet med kollektivtrafik per startpunkt</translation>
    </message>
    <message>
      <location filename="../algorithms/transit_accessibility.py" line="333" />
      <source>Public transport accessibility per municipality</source>
      <translation>Tillgänglighet med kollektivtrafik per kommun</translation>
    </message>
    <message>
      <location filename="../algorithms/transit_accessibility.py" line="337" />
      <source>Stops: departures per hour</source>
      <translation>Hållplatser: avgångar per timme</translation>
    </message>
    <message>
      <location filename="../algorithms/transit_accessibility.py" line="343" />
      <source>Timetable change per origin</source>
      <translation>Tidtabellsförändring per startpunkt</translation>
    </message>
    <message>
      <location filename="../algorithms/transit_accessibility.py" line="343" />
      <source>Timetable change per municipality</source>
      <translation>Tidtabellsförändring per kommun</translation>
    </message>
    <message>
      <location filename="../algorithms/transit_accessibility.py" line="355" />
      <source>Percentiles must be numbers between 0 and 100 separated by ';'.</source>
      <translation>Percentilerna måste vara tal mellan 0 och 100 åtskilda med ';'.</translation>
    </message>
    <message>
      <location filename="../algorithms/transit_accessibility.py" line="365" />
      <source>The departure window must end after it starts.</source>
      <translation>Avgångsfönstret måste sluta efter att det börjar.</translation>
    </message>
    <message>
      <location filename="../algorithms/transit_accessibility.py" line="367" />
      <source>Reading the GTFS feed {0} for {1}.</source>
      <translation>Läser GTFS-flödet {0} för {1}.</translation>
    </message>
    <message>
      <location filename="../algorithms/transit_accessibility.py" line="376" />
      <source>{0} stops, {1} trip patterns, {2} walks between stops on {3}.</source>
      <translation>{0} hållplatser, {1} turmönster, {2} promenader mellan hållplatser den {3}.</translation>
    </message>
    <message>
      <location filename="../algorithms/transit_accessibility.py" line="482" />
      <source>Population-weighted mean of the median travel time: {0:.1f} minutes for the {1} people with a usable trip; {2} have none.</source>
      <translation>Befolkningsviktat medelvärde av medianrestiden: {0:.1f} minuter för de {1} personer som har en användbar resa; {2} har ingen.</translation>
    </message>
    <message>
      <location filename="../algorithms/transit_accessibility.py" line="542" />
      <source>No destination of layer '{0}' passes the category filter.</source>
      <translation>Ingen målpunkt i lagret '{0}' klarar kategorifiltret.</translation>
    </message>
    <message>
      <location filename="../algorithms/transit_accessibility.py" line="568" />
      <source>The road network needs speeds (a speed field, class speeds or the default speed) for the car time.</source>
      <translation>Vägnätet behöver hastigheter (ett hastighetsfält, hastigheter per klass eller standardhastigheten) för bilens restid.</translation>
    </message>
    <message>
      <location filename="../algorithms/transit_accessibility.py" line="613" />
      <source>Change: the trips of route(s) {0} multiplied by {1}.</source>
      <translation>Förändring: turerna på linje(r) {0} mångfaldigade med {1}.</translation>
    </message>
    <message>
      <location filename="../algorithms/transit_accessibility.py" line="623" />
      <source>The new line '{0}' needs a layer of its stops.</source>
      <translation>Den nya linjen '{0}' behöver ett lager med sina hållplatser.</translation>
    </message>
    <message>
      <location filename="../algorithms/transit_accessibility.py" line="635" />
      <source>The new line '{0}' must form one unbroken line.</source>
      <translation>Den nya linjen '{0}' måste bilda en obruten linje.</translation>
    </message>
    <message>
      <location filename="../algorithms/transit_accessibility.py" line="650" />
      <source>Change: the new line '{0}' with {1} stops.</source>
      <translation>Förändring: den nya linjen '{0}' med {1} hållplatser.</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/commuting.py" line="47" />
      <source>The commuting table cannot be used: {0}</source>
      <translation>Pendlingstabellen kan inte användas: {0}</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/commuting.py" line="83" />
      <source>Layer '{0}': {1} zone(s) have no code in the field '{2}' (feature ids {3}).</source>
      <translation>Lagret '{0}': {1} område(n) saknar kod i fältet '{2}' (objekt-id {3}).</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/commuting.py" line="138" />
      <source>Layer '{0}' has no field to tell its areas apart.</source>
      <translation>Lagret '{0}' har inget fält som skiljer dess ytor åt.</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/commuting.py" line="140" />
      <source>Layer '{0}': areas told apart by the field '{1}'.</source>
      <translation>Lagret '{0}': ytorna skiljs åt med fältet '{1}'.</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/commuting.py" line="166" />
      <source>Layer '{0}': {1} zone(s) lie outside every area; their flows get no border flag.</source>
      <translation>Lagret '{0}': {1} område(n) ligger utanför alla ytor; deras flöden får ingen gränsmarkering.</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/input_checks.py" line="75" />
      <source>Layer '{0}' has no coordinate reference system, and its coordinates ({1}) lie outside the area of the analysis CRS {2}: it cannot be read. Set the layer's CRS (Layer Properties &gt; Source).</source>
      <translation>Lagret '{0}' saknar koordinatreferenssystem och dess koordinater ({1}) ligger utanför analys-CRS:ens område {2}: det kan inte läsas. Ange lagrets CRS (Lageregenskaper &gt; Källa).</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/input_checks.py" line="81" />
      <source>Layer '{0}' has no coordinate reference system: its coordinates fit the analysis CRS {1} and are read as such. Set its CRS if that is wrong.</source>
      <translation>Lagret '{0}' saknar koordinatreferenssystem: dess koordinater passar analys-CRS:en {1} och läses som sådana. Ange dess CRS om det är fel.</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/input_checks.py" line="102" />
      <source>Layer '{0}': {1} curved geometry(ies) read as straight segments at most {2} m from the curve (feature ids {3}).</source>
      <translation>Lagret '{0}': {1} kurvgeometri(er) lästa som raka segment högst {2} m från kurvan (objekt-id {3}).</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/input_checks.py" line="113" />
      <source>polygons</source>
      <translation>polygoner</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/input_checks.py" line="114" />
      <source>lines</source>
      <translation>linjer</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/input_checks.py" line="115" />
      <source>points</source>
      <translation>punkter</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/input_checks.py" line="116" />
      <source>no geometry</source>
      <translation>ingen geometri</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/input_checks.py" line="117" />
      <source>unknown geometries</source>
      <translation>okända geometrier</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/input_checks.py" line="128" />
      <source>Layer '{0}' holds {1}, but the input {2} takes {3}.</source>
      <translation>Lagret '{0}' innehåller {1}, men indata {2} tar {3}.</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/input_checks.py" line="140" />
      <source>Layer '{0}': {1} feature(s) have no value in the field '{2}' and take the layer's name as category (feature ids {3}).</source>
      <translation>Lagret '{0}': {1} objekt saknar värde i fältet '{2}' och får lagrets namn som kategori (objekt-id {3}).</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/input_checks.py" line="147" />
      <source>Layer '{0}': {1} feature(s) have no value in the field '{2}', so no rule applies to them (feature ids {3}).</source>
      <translation>Lagret '{0}': {1} objekt saknar värde i fältet '{2}', så ingen regel gäller för dem (objekt-id {3}).</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/input_checks.py" line="176" />
      <source>Layer '{0}': {1} feature(s) repeat another feature exactly (feature ids {2}); each is counted.</source>
      <translation>Lagret '{0}': {1} objekt upprepar exakt ett annat objekt (objekt-id {2}); vart och ett räknas.</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/input_checks.py" line="182" />
      <source>Layer '{0}': {1} feature(s) repeat another feature exactly and are counted once (feature ids {2}).</source>
      <translation>Lagret '{0}': {1} objekt upprepar exakt ett annat objekt och räknas en gång (objekt-id {2}).</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/network_styles.py" line="30" />
      <source>up to {0} {1}</source>
      <translation>upp till {0} {1}</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/network_styles.py" line="31" />
      <source>{0}–{1} {2}</source>
      <translation>{0}–{1} {2}</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/network_styles.py" line="32" />
      <source>over {0} {1}</source>
      <translation>över {0} {1}</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/network_styles.py" line="41" />
      <source>Detour ratio up to {0}</source>
      <translation>Omvägskvot upp till {0}</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/network_styles.py" line="42" />
      <source>Detour ratio {0}–{1}</source>
      <translation>Omvägskvot {0}–{1}</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/network_styles.py" line="43" />
      <source>Detour ratio over {0}</source>
      <translation>Omvägskvot över {0}</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/network_styles.py" line="49" />
      <source>Bridge: no alternative route</source>
      <translation>Brygga: ingen alternativ väg</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/network_styles.py" line="50" />
      <source>One-way, no way back</source>
      <translation>Enkelriktad, ingen väg tillbaka</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/network_styles.py" line="53" />
      <source>Other links</source>
      <translation>Övriga länkar</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/network_styles.py" line="70" />
      <source>min</source>
      <translation>min</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/network_styles.py" line="72" />
      <source>km</source>
      <translation>km</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/network_styles.py" line="73" />
      <source>No route to a destination</source>
      <translation>Ingen väg till något mål</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/network_styles.py" line="80" />
      <source>Articulation point: closing it splits the network</source>
      <translation>Artikulationspunkt: stängd delar den nätet</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/network_styles.py" line="86" />
      <source>People cut off</source>
      <translation>Personer avskurna</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/network_styles.py" line="87" />
      <source>People delayed, none cut off</source>
      <translation>Personer försenade, ingen avskuren</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/network_styles.py" line="88" />
      <source>Links closed, nobody affected</source>
      <translation>Länkar stängda, ingen påverkad</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/network_styles.py" line="89" />
      <source>Touches no link</source>
      <translation>Rör ingen länk</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/network_styles.py" line="95" />
      <source>Cut off from every centre</source>
      <translation>Avskuren från alla centrum</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/network_styles.py" line="96" />
      <source>Keeps a route, a longer one</source>
      <translation>Behåller en väg, en längre</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/network_styles.py" line="99" />
      <source>Link closed by the area</source>
      <translation>Länk stängd av området</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/network_styles.py" line="107" />
      <source>Samplan: network results</source>
      <translation>Samplan: nätresultat</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/networks.py" line="59" />
      <source>Layer '{0}', field '{1}', feature {2}: {3}. Write the number without thousands separators (12000) or make the field numeric.</source>
      <translation>Lagret '{0}', fältet '{1}', objekt {2}: {3}. Skriv talet utan tusentalsavgränsare (12000) eller gör fältet numeriskt.</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/networks.py" line="66" />
      <source>Layer '{0}', field '{1}', feature {2}: '{3}' is not a number.</source>
      <translation>Lagret '{0}', fältet '{1}', objekt {2}: '{3}' är inget tal.</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/networks.py" line="74" />
      <source>Layer '{0}', field '{1}': {2} feature(s) have a negative value (feature ids {3}).</source>
      <translation>Lagret '{0}', fältet '{1}': {2} objekt har ett negativt värde (objekt-id {3}).</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/networks.py" line="110" />
      <source>Speeds by class: '{0}' is not 'class=km/h' with a positive speed.</source>
      <translation>Hastigheter per klass: '{0}' är inte 'klass=km/h' med en positiv hastighet.</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/networks.py" line="125" />
      <source>Layer '{0}': classes without a speed get {1} km/h unless the feature has its own: {2}.</source>
      <translation>Lagret '{0}': klasser utan hastighet får {1} km/h om inte objektet har en egen: {2}.</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/networks.py" line="132" />
      <source>Layer '{0}', field '{1}': every line is one-way. Check the field's values (yes, 1 or F: along the line; -1 or T: against it; anything else: both ways); routes exist only where the one-way lines form circuits.</source>
      <translation>Lagret '{0}', fältet '{1}': varje linje är enkelriktad. Kontrollera fältets värden (yes, 1 eller F: i linjens riktning; -1 eller T: mot den; allt annat: båda hållen); vägar finns bara där de enkelriktade linjerna bildar slingor.</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/networks.py" line="183" />
      <source>Layer '{0}' must hold lines.</source>
      <translation>Lagret '{0}' måste innehålla linjer.</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/networks.py" line="235" />
      <source>Layer '{0}', field '{1}': {2} feature(s) have no value and count as 0 (feature ids {3}).</source>
      <translation>Lagret '{0}', fältet '{1}': {2} objekt saknar värde och räknas som 0 (objekt-id {3}).</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/pg_connections.py" line="35" />
      <source>QGIS's PostgreSQL provider is not available.</source>
      <translation>QGIS PostgreSQL-leverantör är inte tillgänglig.</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/pg_connections.py" line="44" />
      <source>Shared results in PostGIS need the Python package psycopg2, which QGIS's Python does not have (Samplan → Help → What is missing says how to install it).</source>
      <translation>Delade resultat i PostGIS kräver Python-paketet psycopg2, som QGIS Python saknar (Samplan → Hjälp → Vad saknas berättar hur det installeras).</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/pg_connections.py" line="65" />
      <source>There is no saved PostgreSQL connection named '{0}' in this QGIS. Add it in the Data Source Manager (PostgreSQL), with its credentials in an authentication configuration.</source>
      <translation>Det finns ingen sparad PostgreSQL-anslutning med namnet '{0}' i denna QGIS. Lägg till den i datakällshanteraren (PostgreSQL), med inloggningsuppgifterna i en autentiseringskonfiguration.</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/pg_connections.py" line="108" />
      <source>Connection '{0}': its authentication configuration '{1}' could not be read (is QGIS's master password set?).</source>
      <translation>Anslutningen '{0}': dess autentiseringskonfiguration '{1}' kunde inte läsas (är QGIS huvudlösenord angivet?).</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/pg_connections.py" line="115" />
      <source>Connection '{0}': authentication method '{1}' is not supported for the shared reviews; use a Basic (user name and password) configuration.</source>
      <translation>Anslutningen '{0}': autentiseringsmetoden '{1}' stöds inte för delad granskning; använd en konfiguration av typen Basic (användarnamn och lösenord).</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/pg_connections.py" line="134" />
      <source>Could not connect through '{0}': {1}</source>
      <translation>Det gick inte att ansluta via '{0}': {1}</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/postgis_results.py" line="85" />
      <source>{0} changed this conflict at {1} to '{2}: {3}'. Your change was not saved; it is kept in the form: save again to save it on top of theirs.</source>
      <translation>{0} ändrade denna konflikt {1} till '{2}: {3}'. Din ändring sparades inte; den finns kvar i formuläret: spara igen för att spara den ovanpå deras.</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/postgis_results.py" line="89" />
      <source>someone</source>
      <translation>någon</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/postgis_results.py" line="282" />
      <source>The staging file {0} could not be read.</source>
      <translation>Mellanlagringsfilen {0} kunde inte läsas.</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/postgis_results.py" line="428" />
      <source>The connection that shows the others' reviews as they are saved was lost ({0}) and has been opened again.</source>
      <translation>Anslutningen som visar de andras granskningar när de sparas bröts ({0}) och har öppnats igen.</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/postgis_results.py" line="434" />
      <source>The connection that shows the others' reviews as they are saved was lost ({0}) and could not be opened again: {1} Use Refresh to see their changes.</source>
      <translation>Anslutningen som visar de andras granskningar när de sparas bröts ({0}) och kunde inte öppnas igen: {1} Använd Uppdatera för att se deras ändringar.</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/postgis_results.py" line="511" />
      <source>Could not connect to the database holding the shared reviews: {0}</source>
      <translation>Det gick inte att ansluta till databasen med de delade granskningarna: {0}</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/postgis_results.py" line="539" />
      <source>The connection to the database was lost while reading the reviews: {0}</source>
      <translation>Anslutningen till databasen bröts medan granskningarna lästes: {0}</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/postgis_results.py" line="544" />
      <source>Your database role may not read the reviews in schema '{0}': {1}</source>
      <translation>Din databasroll får inte läsa granskningarna i schemat '{0}': {1}</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/postgis_results.py" line="578" />
      <source>Unknown review status '{0}'.</source>
      <translation>Okänd granskningsstatus '{0}'.</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/postgis_results.py" line="605" />
      <source>Conflict {0} is not in the shared results of schema '{1}' (any more).</source>
      <translation>Konflikten {0} finns inte (längre) bland de delade resultaten i schemat '{1}'.</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/postgis_results.py" line="629" />
      <source>The connection to the database was lost while saving the review of conflict {0}: your change may not have been saved; it will be checked on retry. Your change is kept: save again to retry.</source>
      <translation>Anslutningen till databasen bröts medan granskningen av konflikt {0} sparades: din ändring kanske inte sparades; det kontrolleras när du försöker igen. Din ändring finns kvar: spara igen för att försöka på nytt.</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/postgis_results.py" line="636" />
      <source>The connection to the database was lost while saving the review of conflict {0}: nothing was saved (the transaction was rolled back). Your change is kept: save again to retry.</source>
      <translation>Anslutningen till databasen bröts medan granskningen av konflikten {0} sparades: ingenting sparades (transaktionen rullades tillbaka). Din ändring finns kvar: spara igen för att försöka på nytt.</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/postgis_results.py" line="646" />
      <source>Your database role '{0}' may only read the reviews in schema '{1}': the review was not saved. Ask the schema's owner for the reviewer role.</source>
      <translation>Din databasroll '{0}' får bara läsa granskningarna i schemat '{1}': granskningen sparades inte. Be schemats ägare om granskarrollen.</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/postgis_results.py" line="654" />
      <source>The review of conflict {0} could not be saved: {1}</source>
      <translation>Granskningen av konflikten {0} kunde inte sparas: {1}</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/postgis_results.py" line="678" />
      <source>The connection to the database was lost while reading the history of conflict {0}: {1}</source>
      <translation>Anslutningen till databasen bröts medan historiken för konflikt {0} lästes: {1}</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/postgis_results.py" line="685" />
      <source>The history of conflict {0} could not be read: {1}</source>
      <translation>Historiken för konflikt {0} kunde inte läsas: {1}</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/reading.py" line="83" />
      <source>The analysis CRS is not valid. Choose a projected metric CRS such as SWEREF 99 TM (EPSG:3006).</source>
      <translation>Analysens koordinatsystem är ogiltigt. Välj ett projicerat metriskt system som SWEREF 99 TM (EPSG:3006).</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/reading.py" line="87" />
      <source>The analysis CRS {0} measures in degrees or other non-metric units, or stretches distances and areas as Mercator does (twice the distance, four times the area in Sweden); results would be wrong. Choose a projected metric CRS such as SWEREF 99 TM (EPSG:3006).</source>
      <translation>Analysens koordinatsystem {0} mäter i grader eller andra icke-metriska enheter, eller töjer avstånd och ytor som Mercator gör (dubbla avstånd, fyrdubbla ytor i Sverige); resultaten skulle bli fel. Välj ett projicerat metriskt system som SWEREF 99 TM (EPSG:3006).</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/reading.py" line="272" />
      <source>Layer '{0}': {1} feature(s) without geometry skipped (feature ids {2}).</source>
      <translation>Skiktet '{0}': {1} objekt utan geometri hoppades över (objekt-id {2}).</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/reading.py" line="278" />
      <source>Layer '{0}': {1} invalid geometry(ies) repaired (feature ids {2}).</source>
      <translation>Skiktet '{0}': {1} ogiltig(a) geometri(er) reparerades (objekt-id {2}).</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/reading.py" line="284" />
      <source>Layer '{0}': {1} geometry collection(s) read as their parts of the highest dimension (feature ids {2}).</source>
      <translation>Skiktet '{0}': {1} geometrisamling(ar) lästes som sina delar av högsta dimension (objekt-id {2}).</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/reading.py" line="290" />
      <source>Layer '{0}': {1} empty geometry(ies) skipped.</source>
      <translation>Skiktet '{0}': {1} tom(ma) geometri(er) hoppades över.</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/reading.py" line="358" />
      <source>{0} ({1}): no feature within reach of the plan has a category a rule checks ({2}), so none was used.</source>
      <translation>{0} ({1}): inget objekt inom planens räckvidd har en kategori som någon regel prövar ({2}), så inget användes.</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/reading.py" line="382" />
      <source>{0} ({1}): no rule checks its categories, so it was not read. The rules for this role check: {2}.</source>
      <translation>{0} ({1}): ingen regel prövar dess kategorier, så det lästes inte. Reglerna för den här rollen prövar: {2}.</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/report_layout.py" line="214" />
      <source>The layer '{0}' cannot be drawn on the report's map in {1}: {2}</source>
      <translation>Skiktet '{0}' kan inte ritas på rapportens karta i {1}: {2}</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/report_layout.py" line="398" />
      <source>The table '{0}' has a row too tall for a page.</source>
      <translation>Tabellen '{0}' har en rad som är för hög för en sida.</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/report_layout.py" line="472" />
      <source>Could not write the PDF report {0}.</source>
      <translation>Kunde inte skriva PDF-rapporten {0}.</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/report_layout.py" line="477" />
      <source>Could not write the map image {0}.</source>
      <translation>Kunde inte skriva kartbilden {0}.</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/result_styles.py" line="59" />
      <source>Added</source>
      <translation>Tillagt</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/result_styles.py" line="59" />
      <source>Removed</source>
      <translation>Borttaget</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/result_styles.py" line="59" />
      <source>Category changed</source>
      <translation>Ny kategori</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/reviews.py" line="38" />
      <source>Layer '{0}' is not a Samplan conflicts layer: it has no field 'conflict_key'.</source>
      <translation>Lagret '{0}' är inget konfliktlager från Samplan: det saknar fältet 'conflict_key'.</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/reviews.py" line="52" />
      <source>Layer '{0}', field 'status': unknown review status {1} (feature ids {2}). A review status is one of: {3}. Correct it, or the review would be lost.</source>
      <translation>Lagret '{0}', fältet 'status': okänd granskningsstatus {1} (objekt-id {2}). En granskningsstatus är en av: {3}. Rätta den, annars skulle granskningen gå förlorad.</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/reviews.py" line="84" />
      <source>Layer '{0}' has no field 'status' to hold reviews.</source>
      <translation>Lagret '{0}' saknar fältet 'status' för granskningar.</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/reviews.py" line="92" />
      <source>The review of conflict {0} could not be saved in layer '{1}': {2}</source>
      <translation>Granskningen av konflikt {0} kunde inte sparas i lagret '{1}': {2}</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/reviews.py" line="93" />
      <source>the data source refused it</source>
      <translation>datakällan nekade</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/staged_outputs.py" line="112" />
      <source>Cannot write into the folder {0}: {1}.</source>
      <translation>Kan inte skriva i mappen {0}: {1}.</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/staged_outputs.py" line="156" />
      <source>Could not write {0}: {1}. The previous file is left as it was.</source>
      <translation>Kunde inte skriva {0}: {1}. Den tidigare filen är lämnad som den var.</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/transit_styles.py" line="18" />
      <source>quicker by 10 minutes or more</source>
      <translation>snabbare med 10 minuter eller mer</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/transit_styles.py" line="22" />
      <source>quicker by less than 10 minutes</source>
      <translation>snabbare med mindre än 10 minuter</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/transit_styles.py" line="24" />
      <source>unchanged</source>
      <translation>oförändrad</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/transit_styles.py" line="25" />
      <source>slower</source>
      <translation>långsammare</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/transit_styles.py" line="29" />
      <source>a usable trip only after the change</source>
      <translation>en användbar resa först efter förändringen</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/transit_styles.py" line="34" />
      <source>no usable trip after the change</source>
      <translation>ingen användbar resa efter förändringen</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/transit_styles.py" line="52" />
      <source>{0}-{1} min</source>
      <translation>{0}–{1} min</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/transit_styles.py" line="54" />
      <source>more than {0} min</source>
      <translation>mer än {0} min</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/transit_styles.py" line="59" />
      <source>no usable trip</source>
      <translation>ingen användbar resa</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/writing.py" line="137" />
      <source>Could not write features to the output: {0}</source>
      <translation>Kunde inte skriva objekt till resultatet: {0}</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/writing.py" line="183" />
      <source>Could not create layer '{0}' in {1}: {2}</source>
      <translation>Kunde inte skapa skiktet '{0}' i {1}: {2}</translation>
    </message>
    <message>
      <location filename="../qgis_adapter/writing.py" line="195" />
      <source>Could not write layer '{0}' in {1}: {2}</source>
      <translation>Kunde inte skriva skiktet '{0}' i {1}: {2}</translation>
    </message>
    <message>
      <location filename="../ui/check_runner.py" line="107" />
      <source>Choose the plan draft layer.</source>
      <translation>Välj lagret med planförslaget.</translation>
    </message>
    <message>
      <location filename="../ui/check_runner.py" line="124" />
      <source>Assign at least one theme layer to a role.</source>
      <translation>Ge minst ett temalager en roll.</translation>
    </message>
    <message>
      <location filename="../ui/check_runner.py" line="166" />
      <source>Layer '{0}' has unsaved edits: save them first, so that the check and its results agree with the data.</source>
      <translation>Lagret '{0}' har osparade ändringar: spara dem först, så att kontrollen och dess resultat stämmer med data.</translation>
    </message>
    <message>
      <location filename="../ui/check_runner.py" line="223" />
      <source>Choose a results GeoPackage.</source>
      <translation>Välj en GeoPackage för resultaten.</translation>
    </message>
    <message>
      <location filename="../ui/check_runner.py" line="231" />
      <source>The Samplan Processing provider is not loaded.</source>
      <translation>Samplans Processing-leverantör är inte inläst.</translation>
    </message>
    <message>
      <location filename="../ui/check_runner.py" line="235" />
      <source>Samplan: connecting to the shared results</source>
      <translation>Samplan: ansluter till de delade resultaten</translation>
    </message>
    <message>
      <location filename="../ui/check_runner.py" line="248" />
      <source>Samplan: conflict check</source>
      <translation>Samplan: konfliktkontroll</translation>
    </message>
    <message>
      <location filename="../ui/check_runner.py" line="257" />
      <source>Choose the schema of the shared results.</source>
      <translation>Välj schemat för de delade resultaten.</translation>
    </message>
    <message>
      <location filename="../ui/check_runner.py" line="264" />
      <source>The shared results cannot be reached: {0}</source>
      <translation>De delade resultaten går inte att nå: {0}</translation>
    </message>
    <message>
      <location filename="../ui/check_runner.py" line="275" />
      <source>Cancelled: the previous results are unchanged.</source>
      <translation>Avbrutet: de tidigare resultaten är oförändrade.</translation>
    </message>
    <message>
      <location filename="../ui/check_runner.py" line="301" />
      <source>The check failed: {0}</source>
      <translation>Kontrollen misslyckades: {0}</translation>
    </message>
    <message>
      <location filename="../ui/check_runner.py" line="301" />
      <source>see the log</source>
      <translation>se loggen</translation>
    </message>
    <message>
      <location filename="../ui/check_runner.py" line="309" />
      <source>Samplan: saving the results</source>
      <translation>Samplan: sparar resultaten</translation>
    </message>
    <message>
      <location filename="../ui/check_runner.py" line="330" />
      <source>schema '{0}'</source>
      <translation>schemat '{0}'</translation>
    </message>
    <message>
      <location filename="../ui/check_runner.py" line="331" />
      <source>The results could not be written to {0}: {1}</source>
      <translation>Resultaten kunde inte skrivas till {0}: {1}</translation>
    </message>
    <message>
      <location filename="../ui/check_runner.py" line="385" />
      <source>your database role may not write the results in schema '{0}' ({1})</source>
      <translation>din databasroll får inte skriva resultaten i schemat '{0}' ({1})</translation>
    </message>
    <message>
      <location filename="../ui/conflict_highlights.py" line="91" />
      <source>Samplan: reading the picked conflict</source>
      <translation>Samplan: läser den valda konflikten</translation>
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="88" />
      <source>Refresh</source>
      <translation>Uppdatera</translation>
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="89" />
      <source>Show the reviews the others have saved since.</source>
      <translation>Visa granskningarna som de andra har sparat sedan dess.</translation>
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="91" />
      <source>History</source>
      <translation>Historik</translation>
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="93" />
      <source>Every change saved for the selected conflict: who, when, status, comment, version.</source>
      <translation>Varje sparad ändring av den markerade konflikten: vem, när, status, kommentar, version.</translation>
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="238" />
      <source>Conflict check done: {0} conflict(s), {1} warning(s), {2} opportunity(ies).</source>
      <translation>Konfliktkontrollen är klar. Konflikter: {0}, varningar: {1}, möjligheter: {2}.</translation>
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="335" />
      <source>Reviews refreshed: {0} conflict(s) changed by others.</source>
      <translation>Granskningarna uppdaterade: {0} konflikt(er) ändrade av andra.</translation>
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="348" />
      <source>Select a conflict in the table first.</source>
      <translation>Välj först en konflikt i tabellen.</translation>
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="351" />
      <source>The history of changes is kept for shared results in PostGIS.</source>
      <translation>Historiken över ändringar sparas för delade resultat i PostGIS.</translation>
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="383" />
      <source>All severities</source>
      <translation>Alla allvarlighetsgrader</translation>
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="384" />
      <source>All rules</source>
      <translation>Alla regler</translation>
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="385" />
      <source>All theme roles</source>
      <translation>Alla temaroller</translation>
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="386" />
      <source>All municipalities</source>
      <translation>Alla kommuner</translation>
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="387" />
      <source>All statuses</source>
      <translation>Alla statusar</translation>
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="410" />
      <source>No results yet: set up and run the check.</source>
      <translation>Inga resultat än: ställ in och kör kontrollen.</translation>
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="428" />
      <source>Reviewed by {0}, {1}</source>
      <translation>Granskad av {0}, {1}</translation>
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="436" />
      <source>Pick a conflict in the table to see it described here and drawn on the map.</source>
      <translation>Välj en konflikt i tabellen för att se den beskriven här och ritad på kartan.</translation>
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="497" />
      <source>Review saved for {0} conflict(s).</source>
      <translation>Granskningen sparad. Antal konflikter: {0}.</translation>
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="510" />
      <source>Changed by {0}, {1}: {2}</source>
      <translation>Ändrad av {0}, {1}: {2}</translation>
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="525" />
      <source>Export the rows shown</source>
      <translation>Exportera raderna som visas</translation>
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="526" />
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="526" />
      <source>Spreadsheet (*.xlsx)</source>
      <translation>Kalkylblad (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="541" />
      <source>{0} row(s) exported to {1}.</source>
      <translation>Exporterade rader: {0}, till {1}.</translation>
    </message>
    <message>
      <location filename="../ui/conflict_summary.py" line="46" />
      <source>{0} (feature {1})</source>
      <translation>{0} (objekt {1})</translation>
    </message>
    <message>
      <location filename="../ui/conflict_summary.py" line="59" />
      <source>lies within {0} of</source>
      <translation>ligger inom {0} från</translation>
    </message>
    <message>
      <location filename="../ui/conflict_summary.py" line="61" />
      <source>lies farther than {0} from any</source>
      <translation>ligger längre än {0} från närmaste</translation>
    </message>
    <message>
      <location filename="../ui/conflict_summary.py" line="63" />
      <source>crosses</source>
      <translation>korsar</translation>
    </message>
    <message>
      <location filename="../ui/conflict_summary.py" line="64" />
      <source>overlaps</source>
      <translation>överlappar</translation>
    </message>
    <message>
      <location filename="../ui/conflict_summary.py" line="75" />
      <source>{0} point(s)</source>
      <translation>{0} punkt(er)</translation>
    </message>
    <message>
      <location filename="../ui/conflict_summary.py" line="98" />
      <source>{0} of {1} conflict</source>
      <translation>{0} av {1} konflikt</translation>
    </message>
    <message>
      <location filename="../ui/conflict_summary.py" line="98" />
      <source>{0} of {1} conflicts</source>
      <translation>{0} av {1} konflikter</translation>
    </message>
    <message>
      <location filename="../ui/conflict_summary.py" line="99" />
      <source>{0} of {1} warning</source>
      <translation>{0} av {1} varning</translation>
    </message>
    <message>
      <location filename="../ui/conflict_summary.py" line="99" />
      <source>{0} of {1} warnings</source>
      <translation>{0} av {1} varningar</translation>
    </message>
    <message>
      <location filename="../ui/conflict_summary.py" line="100" />
      <source>{0} of {1} opportunity</source>
      <translation>{0} av {1} möjlighet</translation>
    </message>
    <message>
      <location filename="../ui/conflict_summary.py" line="100" />
      <source>{0} of {1} opportunities</source>
      <translation>{0} av {1} möjligheter</translation>
    </message>
    <message>
      <location filename="../ui/export.py" line="68" />
      <source>Severity</source>
      <translation>Allvarlighetsgrad</translation>
    </message>
    <message>
      <location filename="../ui/export.py" line="69" />
      <source>Rule</source>
      <translation>Regel</translation>
    </message>
    <message>
      <location filename="../ui/export.py" line="70" />
      <source>Message</source>
      <translation>Meddelande</translation>
    </message>
    <message>
      <location filename="../ui/export.py" line="71" />
      <source>Legal basis</source>
      <translation>Lagstöd</translation>
    </message>
    <message>
      <location filename="../ui/export.py" line="72" />
      <source>Plan category</source>
      <translation>Plankategori</translation>
    </message>
    <message>
      <location filename="../ui/export.py" line="73" />
      <source>Theme category</source>
      <translation>Temakategori</translation>
    </message>
    <message>
      <location filename="../ui/export.py" line="74" />
      <source>Theme role</source>
      <translation>Temaroll</translation>
    </message>
    <message>
      <location filename="../ui/export.py" line="75" />
      <source>Municipality</source>
      <translation>Kommun</translation>
    </message>
    <message>
      <location filename="../ui/export.py" line="76" />
      <source>Area (m²)</source>
      <translation>Yta (m²)</translation>
    </message>
    <message>
      <location filename="../ui/export.py" line="77" />
      <source>Length (m)</source>
      <translation>Längd (m)</translation>
    </message>
    <message>
      <location filename="../ui/export.py" line="78" />
      <source>Distance (m)</source>
      <translation>Avstånd (m)</translation>
    </message>
    <message>
      <location filename="../ui/export.py" line="79" />
      <source>Share of the plan feature (%)</source>
      <translation>Andel av planobjektet (%)</translation>
    </message>
    <message>
      <location filename="../ui/export.py" line="80" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../ui/export.py" line="81" />
      <source>Comment</source>
      <translation>Kommentar</translation>
    </message>
    <message>
      <location filename="../ui/export.py" line="82" />
      <source>Reviewed by</source>
      <translation>Granskad av</translation>
    </message>
    <message>
      <location filename="../ui/export.py" line="83" />
      <source>Reviewed at</source>
      <translation>Granskad</translation>
    </message>
    <message>
      <location filename="../ui/export.py" line="84" />
      <source>Plan layer</source>
      <translation>Planskikt</translation>
    </message>
    <message>
      <location filename="../ui/export.py" line="85" />
      <source>Plan feature id</source>
      <translation>Planobjektets id</translation>
    </message>
    <message>
      <location filename="../ui/export.py" line="86" />
      <source>Theme layer</source>
      <translation>Temaskikt</translation>
    </message>
    <message>
      <location filename="../ui/export.py" line="87" />
      <source>Theme feature id</source>
      <translation>Temaobjektets id</translation>
    </message>
    <message>
      <location filename="../ui/export.py" line="88" />
      <source>Result id</source>
      <translation>Resultatets id</translation>
    </message>
    <message>
      <location filename="../ui/export.py" line="95" />
      <source>No.</source>
      <translation>Nr</translation>
    </message>
    <message>
      <location filename="../ui/export.py" line="144" />
      <source>Export to '{0}': choose a file ending in .csv or .xlsx.</source>
      <translation>Export till '{0}': välj en fil som slutar på .csv eller .xlsx.</translation>
    </message>
    <message>
      <location filename="../ui/export.py" line="154" />
      <source>The export to '{0}' failed: {1}</source>
      <translation>Exporten till '{0}' misslyckades: {1}</translation>
    </message>
    <message>
      <location filename="../ui/export.py" line="161" />
      <source>Conflicts</source>
      <translation>Konflikter</translation>
    </message>
    <message>
      <location filename="../ui/export.py" line="167" />
      <source>Consultation</source>
      <translation>Samrådsredogörelse</translation>
    </message>
    <message>
      <location filename="../ui/help.py" line="26" />
      <source>Nothing is missing: every package Samplan needs is installed.</source>
      <translation>Inget saknas: alla paket som Samplan behöver är installerade.</translation>
    </message>
    <message>
      <location filename="../ui/help.py" line="28" />
      <source>&lt;p&gt;Samplan's algorithms, the conflict inspector and the sample region need these Python packages in QGIS's Python, which are missing:&lt;/p&gt;&lt;ul&gt;{0}&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Debian or Ubuntu:&lt;/b&gt; &lt;code&gt;sudo apt install python3-shapely python3-pandas python3-scipy&lt;/code&gt; (shapely 2 comes with Debian 12 and newer).&lt;br&gt;&lt;b&gt;Windows (OSGeo4W):&lt;/b&gt; run the OSGeo4W installer, choose Advanced install and add the packages python3-shapely, python3-pandas and python3-scipy.&lt;br&gt;&lt;b&gt;Other systems:&lt;/b&gt; in QGIS's Python console: &lt;code&gt;import pip; pip.main(['install', 'shapely&gt;=2', 'pandas', 'scipy'])&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Then restart QGIS.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Samplans algoritmer, konfliktgranskningen och exempelregionen behöver de här Python-paketen i QGIS Python, och de saknas:&lt;/p&gt;&lt;ul&gt;{0}&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Debian eller Ubuntu:&lt;/b&gt; &lt;code&gt;sudo apt install python3-shapely python3-pandas python3-scipy&lt;/code&gt; (shapely 2 följer med Debian 12 och senare).&lt;br&gt;&lt;b&gt;Windows (OSGeo4W):&lt;/b&gt; starta OSGeo4W-installationsprogrammet, välj Avancerad installation och lägg till paketen python3-shapely, python3-pandas och python3-scipy.&lt;br&gt;&lt;b&gt;Andra system:&lt;/b&gt; i QGIS Python-konsol: &lt;code&gt;import pip; pip.main(['install', 'shapely&gt;=2', 'pandas', 'scipy'])&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Starta sedan om QGIS.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../ui/inspector_setup_panel.py" line="70" />
      <source>Empty: the bundled default rule set is used</source>
      <translation>Tomt: den medföljande standardregeluppsättningen används</translation>
    </message>
    <message>
      <location filename="../ui/inspector_setup_panel.py" line="72" />
      <source>A rule set CSV; left empty, the check uses the rule set that comes with Samplan.</source>
      <translation>En regeluppsättning (CSV); lämnas fältet tomt används regeluppsättningen som följer med Samplan.</translation>
    </message>
    <message>
      <location filename="../ui/inspector_setup_panel.py" line="75" />
      <source>Store results in</source>
      <translation>Spara resultaten i</translation>
    </message>
    <message>
      <location filename="../ui/inspector_setup_panel.py" line="77" />
      <source>A GeoPackage file</source>
      <translation>En GeoPackage-fil</translation>
    </message>
    <message>
      <location filename="../ui/inspector_setup_panel.py" line="78" />
      <source>A shared PostGIS database</source>
      <translation>En delad PostGIS-databas</translation>
    </message>
    <message>
      <location filename="../ui/inspector_setup_panel.py" line="86" />
      <source>Rule set (*.csv)</source>
      <translation>Regeluppsättning (*.csv)</translation>
    </message>
    <message>
      <location filename="../ui/inspector_setup_panel.py" line="87" />
      <source>Rule set</source>
      <translation>Regeluppsättning</translation>
    </message>
    <message>
      <location filename="../ui/inspector_setup_panel.py" line="90" />
      <source>Results and reviews</source>
      <translation>Resultat och granskningar</translation>
    </message>
    <message>
      <location filename="../ui/inspector_setup_panel.py" line="105" />
      <source>Layer</source>
      <translation>Lager</translation>
    </message>
    <message>
      <location filename="../ui/inspector_setup_panel.py" line="105" />
      <source>Role</source>
      <translation>Roll</translation>
    </message>
    <message>
      <location filename="../ui/inspector_setup_panel.py" line="105" />
      <source>Category field</source>
      <translation>Kategorifält</translation>
    </message>
    <message>
      <location filename="../ui/inspector_setup_panel.py" line="141" />
      <source>— no saved PostgreSQL connection in this QGIS</source>
      <translation>— ingen sparad PostgreSQL-anslutning i denna QGIS</translation>
    </message>
    <message>
      <location filename="../ui/inspector_setup_panel.py" line="145" />
      <source>{0} (not saved in this QGIS)</source>
      <translation>{0} (inte sparad i denna QGIS)</translation>
    </message>
    <message>
      <location filename="../ui/inspector_setup_panel.py" line="208" />
      <source>— not checked</source>
      <translation>— kontrolleras inte</translation>
    </message>
    <message>
      <location filename="../ui/inspector_setup_panel.py" line="221" />
      <source>Empty: the layer's name is the category of its features.</source>
      <translation>Tomt: lagrets namn är objektens kategori.</translation>
    </message>
    <message>
      <location filename="../ui/install_dialog.py" line="29" />
      <source>The packages go into {0} (your QGIS profile only; nothing system-wide).</source>
      <translation>Paketen hamnar i {0} (bara din QGIS-profil; inget i hela systemet).</translation>
    </message>
    <message>
      <location filename="../ui/install_dialog.py" line="66" />
      <source>Installed. Close this window to load Samplan.</source>
      <translation>Installerat. Stäng fönstret för att läsa in Samplan.</translation>
    </message>
    <message>
      <location filename="../ui/install_dialog.py" line="70" />
      <source>pip failed (exit code {0}): see its messages above. The manual command is in the message at the top.</source>
      <translation>pip misslyckades (slutkod {0}): se dess meddelanden ovan. Kommandot för hand står i meddelandet överst.</translation>
    </message>
    <message>
      <location filename="../ui/install_dialog.py" line="82" />
      <source>Could not start {0}: {1}</source>
      <translation>Kunde inte starta {0}: {1}</translation>
    </message>
    <message>
      <location filename="../ui/report_action.py" line="118" />
      <source>Run the check first: the report is made of its results.</source>
      <translation>Kör kontrollen först: rapporten görs av dess resultat.</translation>
    </message>
    <message>
      <location filename="../ui/report_action.py" line="136" />
      <source>Export the reviewed conflicts for the consultation report</source>
      <translation>Exportera de granskade konflikterna till samrådsredogörelsen</translation>
    </message>
    <message>
      <location filename="../ui/report_action.py" line="138" />
      <source>Spreadsheet (*.xlsx);;CSV (*.csv)</source>
      <translation>Kalkylblad (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../ui/report_action.py" line="148" />
      <source>No conflict has been reviewed yet: the table has a header only.</source>
      <translation>Ingen konflikt är granskad än: tabellen har bara rubrikrad.</translation>
    </message>
    <message>
      <location filename="../ui/report_action.py" line="150" />
      <source>{0} reviewed conflict(s) exported to {1}.</source>
      <translation>{0} granskade konflikter exporterade till {1}.</translation>
    </message>
    <message>
      <location filename="../ui/report_action.py" line="176" />
      <source>Report…</source>
      <translation>Rapport…</translation>
    </message>
    <message>
      <location filename="../ui/report_action.py" line="177" />
      <source>Create the workshop report from these results, or export the reviews for the consultation</source>
      <translation>Gör workshoprapporten av de här resultaten, eller exportera granskningarna till samrådet</translation>
    </message>
    <message>
      <location filename="../ui/report_action.py" line="180" />
      <source>Create report…</source>
      <translation>Skapa rapport…</translation>
    </message>
    <message>
      <location filename="../ui/report_action.py" line="182" />
      <source>Export the reviewed conflicts for the consultation report…</source>
      <translation>Exportera granskade konflikter till samrådsredogörelsen…</translation>
    </message>
    <message>
      <location filename="../ui/report_action.py" line="185" />
      <source>Export CSV with ',' and decimal points…</source>
      <translation>Exportera CSV med ',' och decimalpunkt…</translation>
    </message>
    <message>
      <location filename="../ui/report_action.py" line="187" />
      <source>Export CSV with ';' and decimal commas…</source>
      <translation>Exportera CSV med ';' och decimalkomma…</translation>
    </message>
    <message>
      <location filename="../ui/results_model.py" line="92" />
      <source>Size</source>
      <translation>Storlek</translation>
    </message>
    <message>
      <location filename="../ui/results_model.py" line="93" />
      <source>Share</source>
      <translation>Andel</translation>
    </message>
    <message>
      <location filename="../ui/results_model.py" line="131" />
      <source>new</source>
      <translation>ny</translation>
    </message>
    <message>
      <location filename="../ui/review_history.py" line="41" />
      <source>Review history of conflict {0}</source>
      <translation>Granskningshistorik för konflikt {0}</translation>
    </message>
    <message>
      <location filename="../ui/review_history.py" line="44" />
      <source>{0} change(s) saved, oldest first.</source>
      <translation>{0} sparad(e) ändring(ar), äldst först.</translation>
    </message>
    <message>
      <location filename="../ui/review_history.py" line="46" />
      <source>No change has been saved for this conflict yet.</source>
      <translation>Ingen ändring har sparats för den här konflikten ännu.</translation>
    </message>
    <message>
      <location filename="../ui/review_history.py" line="51" />
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="../ui/review_history.py" line="51" />
      <source>When</source>
      <translation>När</translation>
    </message>
    <message>
      <location filename="../ui/review_history.py" line="51" />
      <source>Database user</source>
      <translation>Databasanvändare</translation>
    </message>
    <message>
      <location filename="../ui/review_session.py" line="153" />
      <source>Samplan: reading the shared results</source>
      <translation>Samplan: läser de delade resultaten</translation>
    </message>
    <message>
      <location filename="../ui/review_session.py" line="191" />
      <source>Samplan: listening for the others' reviews</source>
      <translation>Samplan: lyssnar efter de andras granskningar</translation>
    </message>
    <message>
      <location filename="../ui/review_session.py" line="230" />
      <source>Samplan: reading the shared reviews</source>
      <translation>Samplan: läser de delade granskningarna</translation>
    </message>
    <message>
      <location filename="../ui/review_session.py" line="274" />
      <source>Samplan: saving the review</source>
      <translation>Samplan: sparar granskningen</translation>
    </message>
    <message>
      <location filename="../ui/review_session.py" line="299" />
      <source>Samplan: reading the review history</source>
      <translation>Samplan: läser granskningshistoriken</translation>
    </message>
    <message>
      <location filename="../ui/rule_editor.py" line="55" />
      <source>Id</source>
      <translation>Id</translation>
    </message>
    <message>
      <location filename="../ui/rule_editor.py" line="59" />
      <source>Relation</source>
      <translation>Relation</translation>
    </message>
    <message>
      <location filename="../ui/rule_editor.py" line="62" />
      <source>Message (Swedish)</source>
      <translation>Meddelande (svenska)</translation>
    </message>
    <message>
      <location filename="../ui/rule_editor.py" line="63" />
      <source>Message (English)</source>
      <translation>Meddelande (engelska)</translation>
    </message>
    <message>
      <location filename="../ui/rule_editor.py" line="64" />
      <source>Basis (law or policy)</source>
      <translation>Grund (lag eller policy)</translation>
    </message>
    <message>
      <location filename="../ui/rule_editor.py" line="92" />
      <source>Not an ÖP-modell category: {0}. It only matches a draft using that word (or a category mapping).</source>
      <translation>Ingen kategori i ÖP-modellen: {0}. Den matchar bara ett förslag som använder just det ordet (eller en kategorimappning).</translation>
    </message>
    <message>
      <location filename="../ui/rule_editor.py" line="174" />
      <source>{0} problem(s). First: rule {1}, column '{2}': {3}</source>
      <translation>{0} fel. Första: regel {1}, kolumn '{2}': {3}</translation>
    </message>
    <message>
      <location filename="../ui/rule_editor.py" line="183" />
      <source>Valid, with {0} warning(s). First: rule {1}, column '{2}': {3}</source>
      <translation>Giltig, men med varningar: {0}. Första: regel {1}, kolumn '{2}': {3}</translation>
    </message>
    <message>
      <location filename="../ui/rule_editor.py" line="207" />
      <source>Choose ÖP-modell categories</source>
      <translation>Välj kategorier i ÖP-modellen</translation>
    </message>
    <message>
      <location filename="../ui/rule_editor.py" line="270" />
      <source>Rule set: {0}</source>
      <translation>Regeluppsättning: {0}</translation>
    </message>
    <message>
      <location filename="../ui/rule_editor.py" line="270" />
      <source>the bundled default ({0})</source>
      <translation>den medföljande standarden ({0})</translation>
    </message>
    <message>
      <location filename="../ui/rule_editor.py" line="294" />
      <source>Every rule is valid.</source>
      <translation>Alla regler är giltiga.</translation>
    </message>
    <message>
      <location filename="../ui/rule_editor.py" line="310" />
      <source>The rule set has unsaved changes.</source>
      <translation>Regeluppsättningen har ändringar som inte är sparade.</translation>
    </message>
    <message>
      <location filename="../ui/rule_editor.py" line="315" />
      <source>Save them as a CSV file before they are discarded?</source>
      <translation>Vill du spara dem som en CSV-fil innan de slängs?</translation>
    </message>
    <message>
      <location filename="../ui/rule_editor.py" line="318" />
      <source>Save…</source>
      <translation>Spara…</translation>
    </message>
    <message>
      <location filename="../ui/rule_editor.py" line="319" />
      <source>Discard</source>
      <translation>Släng</translation>
    </message>
    <message>
      <location filename="../ui/rule_editor.py" line="320" />
      <source>Cancel</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <location filename="../ui/rule_editor.py" line="343" />
      <source>Open a rule set</source>
      <translation>Öppna en regeluppsättning</translation>
    </message>
    <message>
      <location filename="../ui/rule_editor.py" line="350" />
      <source>Save the rule set</source>
      <translation>Spara regeluppsättningen</translation>
    </message>
    <message>
      <location filename="../ui/rule_editor.py" line="360" />
      <source>Not saved: {0}</source>
      <translation>Inte sparad: {0}</translation>
    </message>
    <message>
      <location filename="../ui/sample_project.py" line="40" />
      <source>County</source>
      <translation>Län</translation>
    </message>
    <message>
      <location filename="../ui/sample_project.py" line="41" />
      <source>Urban areas (tätorter)</source>
      <translation>Tätorter</translation>
    </message>
    <message>
      <location filename="../ui/sample_project.py" line="42" />
      <source>Buildings</source>
      <translation>Byggnader</translation>
    </message>
    <message>
      <location filename="../ui/sample_project.py" line="43" />
      <source>Population per 250 m cell</source>
      <translation>Befolkning per 250 m-ruta</translation>
    </message>
    <message>
      <location filename="../ui/sample_project.py" line="44" />
      <source>Roads</source>
      <translation>Vägar</translation>
    </message>
    <message>
      <location filename="../ui/sample_project.py" line="45" />
      <source>Recommended routes for dangerous goods</source>
      <translation>Rekommenderade vägar för farligt gods</translation>
    </message>
    <message>
      <location filename="../ui/sample_project.py" line="46" />
      <source>Railway</source>
      <translation>Järnväg</translation>
    </message>
    <message>
      <location filename="../ui/sample_project.py" line="47" />
      <source>Stations</source>
      <translation>Stationer</translation>
    </message>
    <message>
      <location filename="../ui/sample_project.py" line="48" />
      <source>Bus stops</source>
      <translation>Busshållplatser</translation>
    </message>
    <message>
      <location filename="../ui/sample_project.py" line="49" />
      <source>Nature reserves</source>
      <translation>Naturreservat</translation>
    </message>
    <message>
      <location filename="../ui/sample_project.py" line="50" />
      <source>Natura 2000 areas</source>
      <translation>Natura 2000-områden</translation>
    </message>
    <message>
      <location filename="../ui/sample_project.py" line="51" />
      <source>Green wedges</source>
      <translation>Gröna kilar</translation>
    </message>
    <message>
      <location filename="../ui/sample_project.py" line="52" />
      <source>Ecological links</source>
      <translation>Ekologiska samband</translation>
    </message>
    <message>
      <location filename="../ui/sample_project.py" line="53" />
      <source>Lakes</source>
      <translation>Sjöar</translation>
    </message>
    <message>
      <location filename="../ui/sample_project.py" line="54" />
      <source>Watercourses</source>
      <translation>Vattendrag</translation>
    </message>
    <message>
      <location filename="../ui/sample_project.py" line="55" />
      <source>Flood zone (100-year flood)</source>
      <translation>Översvämning vid 100-årsflöde</translation>
    </message>
    <message>
      <location filename="../ui/sample_project.py" line="56" />
      <source>Shore protection</source>
      <translation>Strandskydd</translation>
    </message>
    <message>
      <location filename="../ui/sample_project.py" line="58" />
      <source>Water protection areas</source>
      <translation>Vattenskyddsområden</translation>
    </message>
    <message>
      <location filename="../ui/sample_project.py" line="59" />
      <source>Riksintressen (national interests)</source>
      <translation>Riksintressen</translation>
    </message>
    <message>
      <location filename="../ui/sample_project.py" line="60" />
      <source>Plan draft A, areas</source>
      <translation>Planförslag A, områden</translation>
    </message>
    <message>
      <location filename="../ui/sample_project.py" line="61" />
      <source>Plan draft B, areas</source>
      <translation>Planförslag B, områden</translation>
    </message>
    <message>
      <location filename="../ui/sample_project.py" line="62" />
      <source>Plan draft A, corridors</source>
      <translation>Planförslag A, stråk</translation>
    </message>
    <message>
      <location filename="../ui/sample_project.py" line="63" />
      <source>Plan draft B, corridors</source>
      <translation>Planförslag B, stråk</translation>
    </message>
    <message>
      <location filename="../ui/sample_project.py" line="64" />
      <source>Commuting between municipalities</source>
      <translation>Pendling mellan kommuner</translation>
    </message>
    <message>
      <location filename="../ui/sample_project.py" line="100" />
      <source>Other interests</source>
      <translation>Övriga intressen</translation>
    </message>
    <message>
      <location filename="../ui/sample_project.py" line="101" />
      <source>Boundaries</source>
      <translation>Gränser</translation>
    </message>
    <message>
      <location filename="../ui/sample_project.py" line="115" />
      <source>Samplan sample region</source>
      <translation>Samplans exempelregion</translation>
    </message>
    <message>
      <location filename="../ui/sample_project.py" line="128" />
      <source>The sample region file {0} has no layer '{1}'.</source>
      <translation>Exempelregionens fil {0} saknar lagret '{1}'.</translation>
    </message>
    <message>
      <location filename="../ui/sample_project.py" line="139" />
      <source>Tables</source>
      <translation>Tabeller</translation>
    </message>
    <message>
      <location filename="../ui/sample_project.py" line="156" />
      <source>The project could not be saved to {0}: {1}</source>
      <translation>Projektet kunde inte sparas till {0}: {1}</translation>
    </message>
    <message>
      <location filename="../ui/sample_project.py" line="159" />
      <source>The project could not be opened from {0}: {1}</source>
      <translation>Projektet kunde inte öppnas från {0}: {1}</translation>
    </message>
    <message>
      <location filename="../ui/sample_project.py" line="186" />
      <source>Samplan: building the sample region</source>
      <translation>Samplan: bygger exempelregionen</translation>
    </message>
    <message>
      <location filename="../ui/sample_project.py" line="194" />
      <source>Cancelled.</source>
      <translation>Avbrutet.</translation>
    </message>
    <message>
      <location filename="../ui/sample_project.py" line="194" />
      <source>The sample region could not be built.</source>
      <translation>Exempelregionen kunde inte byggas.</translation>
    </message>
    <message>
      <location filename="../ui/sample_project.py" line="210" />
      <source>The sample region is open: {0}</source>
      <translation>Exempelregionen är öppnad: {0}</translation>
    </message>
    <message>
      <location filename="../i18n/labels.py" line="13" />
      <source>Conflict</source>
      <translation>Konflikt</translation>
    </message>
    <message>
      <location filename="../i18n/labels.py" line="13" />
      <source>Warning</source>
      <translation>Varning</translation>
    </message>
    <message>
      <location filename="../i18n/labels.py" line="13" />
      <source>Opportunity</source>
      <translation>Möjlighet</translation>
    </message>
    <message>
      <location filename="../i18n/labels.py" line="18" />
      <source>Open</source>
      <translation>Öppen</translation>
    </message>
    <message>
      <location filename="../i18n/labels.py" line="19" />
      <source>Accepted</source>
      <translation>Godtagen</translation>
    </message>
    <message>
      <location filename="../i18n/labels.py" line="20" />
      <source>Resolved</source>
      <translation>Löst</translation>
    </message>
    <message>
      <location filename="../i18n/labels.py" line="21" />
      <source>Not a conflict</source>
      <translation>Ingen konflikt</translation>
    </message>
    <message>
      <location filename="../i18n/labels.py" line="32" />
      <source>centre</source>
      <translation>centrum</translation>
    </message>
    <message>
      <location filename="../i18n/labels.py" line="33" />
      <source>mutual centre</source>
      <translation>ömsesidigt centrum</translation>
    </message>
    <message>
      <location filename="../i18n/labels.py" line="34" />
      <source>linked</source>
      <translation>kopplad</translation>
    </message>
    <message>
      <location filename="../i18n/labels.py" line="35" />
      <source>unlinked</source>
      <translation>utan koppling</translation>
    </message>
    <message>
      <location filename="../i18n/labels.py" line="36" />
      <source>no commuting</source>
      <translation>ingen pendling</translation>
    </message>
    <message>
      <location filename="../i18n/labels.py" line="37" />
      <source>member</source>
      <translation>medlem</translation>
    </message>
    <message>
      <location filename="../i18n/labels.py" line="38" />
      <source>reserve, assigned</source>
      <translation>reserv, tilldelad</translation>
    </message>
    <message>
      <location filename="../i18n/labels.py" line="39" />
      <source>reserve, unassigned</source>
      <translation>reserv, ej tilldelad</translation>
    </message>
    <message>
      <location filename="../i18n/labels.py" line="40" />
      <source>moved for contiguity</source>
      <translation>flyttad för sammanhang</translation>
    </message>
    <message>
      <location filename="../i18n/labels.py" line="41" />
      <source>set aside: only residents or only jobs</source>
      <translation>undantagen: bara boende eller bara arbetstillfällen</translation>
    </message>
    <message>
      <location filename="../i18n/labels.py" line="47" />
      <source>main</source>
      <translation>huvudnät</translation>
    </message>
    <message>
      <location filename="../i18n/labels.py" line="47" />
      <source>island</source>
      <translation>ö</translation>
    </message>
    <message>
      <location filename="../i18n/labels.py" line="47" />
      <source>loose</source>
      <translation>lös länk</translation>
    </message>
    <message>
      <location filename="../i18n/labels.py" line="52" />
      <source>Whole area</source>
      <translation>Hela området</translation>
    </message>
    <message>
      <location filename="../i18n/labels.py" line="58" />
      <source>within distance</source>
      <translation>inom avstånd</translation>
    </message>
    <message>
      <location filename="../i18n/labels.py" line="59" />
      <source>not within distance (a gap)</source>
      <translation>inte inom avstånd (en lucka)</translation>
    </message>
    <message>
      <location filename="../i18n/labels.py" line="66" />
      <source>Samplan results</source>
      <translation>Samplan-resultat</translation>
    </message>
    <message>
      <source>The conflict inspector needs the Python package {0} ({1}); the algorithms work without it.</source>
      <translation type="vanished">Konfliktgranskaren behöver Python-paketet {0} ({1}); algoritmerna fungerar utan det.</translation>
    </message>
    <message>
      <source>{0} conflict(s) · {1} warning(s) · {2} opportunity(ies) — {3} of {4} rows shown</source>
      <translation type="vanished">Konflikter: {0} · varningar: {1} · möjligheter: {2} — {3} av {4} rader visas</translation>
    </message>
    <message>
      <source>Area (m²) / length (m)</source>
      <translation type="vanished">Yta (m²) / längd (m)</translation>
    </message>
    <message>
      <source>Samplan: looking for the shared results</source>
      <translation type="vanished">Samplan: letar efter de delade resultaten</translation>
    </message>
    <message>
      <source>Writes a synthetic but plausible Swedish region (SWEREF 99 TM, EPSG:3006) to one GeoPackage, for workshops, training and tests: municipalities in one county, tätorter with population, buildings, a 250 m population grid, a connected road network with road classes and bridges over a river, a railway with stations, bus stops with weekday departures, nature reserves, Natura 2000, green wedges, ecological links, lakes, a river with its 100-year flood zone, shore protection, agricultural land, a water protection area, riksintressen, a commuting table and two plan drafts (A and B) in the categories of Boverket's ÖP-modell.

Plan draft A holds planted conflicts of every kind in the default rule set; draft B resolves some and adds others. The table 'planterade_konflikter' lists them (rule, plan feature, theme feature, expected overlap), so results can be checked.

The same seed gives the same data. Scale grows the region towards a county: at scale 125 it holds over a million buildings (used by the benchmark).</source>
      <translation type="vanished">Skriver en syntetisk men rimlig svensk region (SWEREF 99 TM, EPSG:3006) till en GeoPackage, för workshoppar, utbildning och tester: kommuner i ett län, tätorter med befolkning, byggnader, ett befolkningsrutnät på 250 m, ett sammanhängande vägnät med vägklasser och broar över en älv, en järnväg med stationer, busshållplatser med avgångar en vardag, naturreservat, Natura 2000, gröna kilar, ekologiska samband, sjöar, en älv med dess område för 100-årsflöde, strandskydd, jordbruksmark, ett vattenskyddsområde, riksintressen, en pendlingstabell och två planförslag (A och B) i kategorierna i Boverkets ÖP-modell.

Planförslag A innehåller planterade konflikter av varje slag i standardreglerna; förslag B löser några och lägger till andra. Tabellen 'planterade_konflikter' listar dem (regel, planobjekt, temaobjekt, förväntat överlapp), så att resultaten kan kontrolleras.

Samma frö ger samma data. Skalan låter regionen växa mot ett län: vid skala 125 rymmer den över en miljon byggnader (används av prestandamätningen).</translation>
    </message>
    <message>
      <source>Shared results and reviews in PostGIS: one of QGIS's saved PostgreSQL connections (its credentials stay in QGIS's authentication manager).</source>
      <translation type="vanished">Delade resultat och granskningar i PostGIS: en av QGIS sparade PostgreSQL-anslutningar (inloggningsuppgifterna stannar i QGIS autentiseringshanterare).</translation>
    </message>
    <message>
      <source>schema, e.g. samplan_granskning</source>
      <translation type="vanished">schema, t.ex. samplan_granskning</translation>
    </message>
    <message>
      <source>Shared results (PostGIS)</source>
      <translation type="vanished">Delade resultat (PostGIS)</translation>
    </message>
    <message>
      <source>— GeoPackage file above</source>
      <translation type="vanished">— GeoPackage-filen ovan</translation>
    </message>
    <message>
      <source>Sets two or more versions of a plan draft side by side: what changed, and indicators per version computed by the same engine as the other Samplan algorithms.

&lt;b&gt;Changes.&lt;/b&gt; Every later version against the first, by overlay (identifiers need not match): added (planned now, not in the first version), removed, and category changed, each with its area in m².

&lt;b&gt;Indicators&lt;/b&gt; (one column per version and one for the last minus the first): area by ÖP-modell category (km²); new development (Mångfunktionell bebyggelse, Sammanhängande bostadsbebyggelse, Verksamheter och industri, Utbyggnadsområde, minus existing settlement where given) on agricultural land (MB 3 kap. 4 §), in flood zones (PBL 2 kap. 5 §) and in protected nature (MB 7 kap.); the share of new housing within 1 km of a railway station or 400 m of a stop with at least the given weekday departures (every stop needs a number of departures in the departures field; one without is refused, with its feature id) (after the regional transport authorities' and Boverket's guidance on transit-oriented planning); conflict check results per severity under the rule set (the same check as samplan:conflictcheck, with the theme layers given in the four roles); incompatible uses across municipal borders (as samplan:bordercoherence); and, with barrier layers and municipalities, the effective mesh size of the whole region after the plan and its change (Jaeger 2000, as samplan:fragmentation).

&lt;b&gt;Input checks.&lt;/b&gt; Each version is a polygon layer (its name is the version's name unless names are given) with optional corridors in the same order; versions in other CRSs are transformed; an empty version, or one with categories that are not ÖP-modell categories (map them with a category mapping), is refused with its name.</source>
      <translation type="vanished">Ställer två eller fler versioner av ett planförslag sida vid sida: vad som har ändrats, och indikatorer per version beräknade med samma motor som Samplans övriga algoritmer.

&lt;b&gt;Ändringar.&lt;/b&gt; Varje senare version mot den första, genom överlagring (id behöver inte stämma överens): tillkommet (planeras nu men inte i den första versionen), borttaget och ändrad kategori, var och en med sin yta i m².

&lt;b&gt;Indikatorer&lt;/b&gt; (en kolumn per version och en för den sista minus den första): yta per kategori i ÖP-modellen (km²); ny bebyggelse (Mångfunktionell bebyggelse, Sammanhängande bostadsbebyggelse, Verksamheter och industri, Utbyggnadsområde, utom befintlig bebyggelse där den anges) på jordbruksmark (MB 3 kap. 4 §), i översvämningsområden (PBL 2 kap. 5 §) och i skyddad natur (MB 7 kap.); andelen ny bostadsbebyggelse inom 1 km från en järnvägsstation eller 400 m från en hållplats med minst det angivna antalet avgångar en vardag (varje hållplats behöver ett antal avgångar i avgångsfältet; en utan avvisas med sitt objekt-id) (efter de regionala kollektivtrafikmyndigheternas och Boverkets vägledning om kollektivtrafiknära planering); konfliktkontrollens resultat per allvarlighetsgrad enligt regeluppsättningen (samma kontroll som samplan:conflictcheck, med temaskikten angivna i de fyra rollerna); oförenliga användningar över kommungränser (som samplan:bordercoherence); och, med barriärskikt och kommuner, hela regionens effektiva maskstorlek efter planen och dess förändring (Jaeger 2000, som samplan:fragmentation).

&lt;b&gt;Kontroll av indata.&lt;/b&gt; Varje version är ett polygonskikt (dess namn är versionens namn om inga namn anges) med stråk i samma ordning om så önskas; versioner i andra koordinatsystem transformeras; en tom version, eller en med kategorier som inte finns i ÖP-modellen (mappa dem med en kategorimappning), avvisas med sitt namn.</translation>
    </message>
    <message>
      <source>Samplan's algorithms are not available: install {0} into QGIS's Python.</source>
      <translation type="vanished">Samplans algoritmer är inte tillgängliga: installera {0} i QGIS Python.</translation>
    </message>
    <message>
      <source>Groups zones into functional regions by the commuting between them.

&lt;b&gt;Inputs.&lt;/b&gt; A zones layer (municipalities, or smaller areas such as DeSO) with a code field, and a commuting table: a CSV file (',' or ';' separated) or any QGIS table, with the columns residence code, workplace code and number of employed (by default bostadskommun, arbetskommun, antal; commuters working in their own zone are a row with both codes equal). Counts must be whole numbers of at least zero: an empty, non-numeric, negative or fractional count (such as 12,5, or "1,234" with an English thousands separator) stops the run and names its line (or feature). Pairs that occur twice are summed, with a warning. Codes in the table that are not among the zones are listed in a warning and their flows left out. Zones with no commuting at all stay regions of their own.

&lt;b&gt;SCB's local labour markets.&lt;/b&gt; A zone is a centre when at most 20 % of its employed residents work in other zones and no single flow to another zone exceeds 7.5 % of them (both thresholds are parameters). Every other zone links to the zone receiving its largest outflow (a zone without employed residents: the zone sending it the most commuters). A zone joins the centre its link reaches, or the centre reached by its link's own link: at most two links. A zone that reaches no centre in two links is not carried a third step: it becomes a region of its own (role 'unlinked', named in the log). Two non-centres whose links point at each other form one region, centred on the one with more jobs. Ties go to the lower code.

&lt;b&gt;Travel-to-work areas&lt;/b&gt; by the method of Coombes and Bond (2008), following Istat's R package LabourMarketAreas, function findClusters (Franconi, D'Alò and Ichim 2016). For an area: size = employed residents, supply-side self-containment SC_s = commuters living and working in it / its employed residents, demand-side SC_d = the same / its jobs. Validity = min(min(SC_s, SC_d)/tarSC, 1) · [1 − (1 − minSC/tarSC) · max((tarSZ − size)/(tarSZ − minSZ), 0)] · tarSC/minSC, and 1 for a fully self-contained area; an area is valid when its validity is at least 1. Defaults: minSZ 1000, minSC 0.6667, tarSZ 10000, tarSC 0.75. Every zone starts as an area of its own. Each iteration takes the area with the lowest validity (then the lowest code) until it is valid. An area of one zone is dissolved: the zone joins the area with the highest linkage T_ij²/(R_i·W_j) + T_ji²/(R_j·W_i) if that does not lower the validity of that area; otherwise, or with no flow to any area, the zone goes to a reserve list. An area of several zones gives up one zone per iteration, the first in Istat's order (commuters from outside the area working in the zone + the zone's employed residents working in other zones, the largest first), under the same condition; the rest stays together. The reserve zones stay out until the iteration has converged, then join the area of highest linkage (without the condition, as in the package). Zones without any link to an area form areas of their own, named in the log, as is any area still invalid at the end. Known differences from the R package, which cannot be run here: zones without employed residents or without jobs take part instead of being set aside; when an area's first zone has no link to another area, the area's other zones are reassigned in order at once; ties go to the lower code; the iteration also stops (with a warning) if it would repeat itself. Optionally, parts of a region cut off from its main part (by shared borders) then join the neighbouring region with the highest linkage.

&lt;b&gt;Outputs.&lt;/b&gt; Region polygons (the union of their zones) with centre (SCB: the centre zone; travel-to-work areas: the zone with the most jobs), number of zones, employed residents, jobs, commuters inside, self-containment on both sides and validity; a zone-to-region table with each zone's role; a quality summary: number of regions, share of all commuting inside regions, and modularity (directed, weighted, Leicht and Newman 2008). Sources: SCB, Lokala arbetsmarknader (method description); Coombes and Bond (2008), Travel-to-Work Areas: the 2007 review, ONS; Franconi, D'Alò and Ichim (2016), Istat implementation of the algorithm to develop Labour Market Areas; R package LabourMarketAreas (Istat).</source>
      <translation type="vanished">Delar in områden i funktionella regioner utifrån pendlingen mellan dem.

&lt;b&gt;Indata.&lt;/b&gt; Ett områdeslager (kommuner, eller mindre områden som DeSO) med ett kodfält, och en pendlingstabell: en CSV-fil (',' eller ';' som avgränsare) eller valfri tabell i QGIS, med kolumnerna bostadsområdets kod, arbetsplatsens kod och antal förvärvsarbetande (som standard bostadskommun, arbetskommun, antal; de som arbetar i sitt eget område är en rad där båda koderna är lika). Antalen måste vara heltal som är minst noll: ett tomt, icke-numeriskt, negativt eller icke-heltaligt antal (som 12,5, eller "1,234" med engelsk tusentalsavgränsare) stoppar körningen och anger raden (eller objektet). Par som förekommer två gånger summeras, med en varning. Koder i tabellen som inte finns bland områdena listas i en varning och deras flöden lämnas utanför. Områden utan någon pendling alls blir egna regioner.

&lt;b&gt;SCB:s lokala arbetsmarknader.&lt;/b&gt; Ett område är ett centrum när högst 20 % av dess förvärvsarbetande invånare arbetar i andra områden och ingen enskild utpendlingsström överstiger 7,5 % av dem (båda gränserna är parametrar). Varje annat område knyts till det område som tar emot dess största utpendlingsström (ett område utan förvärvsarbetande invånare: det område som skickar flest pendlare dit). Ett område ansluts till det centrum som dess länk når, eller till det centrum som nås via länkens egen länk: högst två länkar. Ett område som inte når något centrum på två länkar förs inte ett tredje steg: det blir en egen region (roll 'unlinked', nämns i loggen). Två icke självständiga områden som knyts till varandra bildar en region, med det som har flest arbetstillfällen som centrum. Vid lika gäller den lägre koden.

&lt;b&gt;Resebehovsområden&lt;/b&gt; (travel-to-work areas) enligt Coombes och Bonds metod (2008), efter Istats R-paket LabourMarketAreas, funktionen findClusters (Franconi, D'Alò och Ichim 2016). För ett område: storlek = förvärvsarbetande invånare, självförsörjning på utbudssidan SC_s = de som bor och arbetar i området / dess förvärvsarbetande invånare, på efterfrågesidan SC_d = samma / dess arbetstillfällen. Giltighet = min(min(SC_s, SC_d)/tarSC, 1) · [1 − (1 − minSC/tarSC) · max((tarSZ − storlek)/(tarSZ − minSZ), 0)] · tarSC/minSC, och 1 för ett helt självförsörjande område; ett område är giltigt när giltigheten är minst 1. Standardvärden: minSZ 1000, minSC 0,6667, tarSZ 10000, tarSC 0,75. Varje område börjar som ett eget kluster. Varje iteration tar klustret med lägst giltighet (därefter lägst kod) tills det är giltigt. Ett kluster av ett område upplöses: området ansluts till klustret med högst sambandsmått T_ij²/(R_i·W_j) + T_ji²/(R_j·W_i) om det inte sänker det klustrets giltighet; annars, eller utan flöde till något kluster, förs området till en reservlista. Ett kluster av flera områden lämnar ifrån sig ett område per iteration, det första i Istats ordning (de som pendlar in till området utifrån klustret + områdets förvärvsarbetande invånare som arbetar i andra områden, störst först), med samma villkor; resten hålls samman. Reservlistans områden står utanför tills iterationen har konvergerat och ansluts då till klustret med högst sambandsmått (utan villkoret, som i paketet). Områden utan samband med något kluster bildar egna kluster och nämns i loggen, liksom kluster som fortfarande är ogiltiga till sist. Kända skillnader mot R-paketet, som inte kan köras här: områden utan förvärvsarbetande invånare eller utan arbetstillfällen deltar i stället för att läggas åt sidan; när ett klusters första område saknar samband med andra kluster omfördelas klustrets övriga områden direkt i ordning; vid lika vinner lägst kod; iterationen stannar också (med en varning) om den skulle upprepa sig. Valfritt ansluts därefter delar av en region som är avskurna från dess huvuddel (via gemensamma gränser) till den angränsande region som har högst sambandsmått.

&lt;b&gt;Utdata.&lt;/b&gt; Regionpolygoner (unionen av deras områden) med centrum (SCB: centrumområdet; resebehovsområden: området med flest arbetstillfällen), antal områden, förvärvsarbetande invånare, arbetstillfällen, pendlare inom regionen, självförsörjning på båda sidor och giltighet; en tabell över områden och regioner med varje områdes roll; en kvalitetssammanfattning: antal regioner, andel av all pendling inom regionerna och modularitet (riktad, viktad, Leicht och Newman 2008). Källor: SCB, Lokala arbetsmarknader (metodbeskrivning); Coombes och Bond (2008), Travel-to-Work Areas: the 2007 review, ONS; Franconi, D'Alò och Ichim (2016), Istat implementation of the algorithm to develop Labour Market Areas; R-paketet LabourMarketAreas (Istat).</translation>
    </message>
    <message>
      <source>Finds the weak links of a road or rail network: where a closed link leaves no way round, how long the detour is where there is one, how many people it cuts off from the centres, and how much it matters to the trips made on the network.

&lt;b&gt;Network.&lt;/b&gt; Lines are joined where they share a vertex (within the snap tolerance). A line marked in the grade separation field (bridge, tunnel) joins other lines only at its own ends, so a bridge over a road is no junction. Links run between junctions. The network's parts are reported as Tillväxtverket's Pipos prepares its road network: the main network, islands and loose links. With a speed field or speeds by class, costs are travel times; otherwise distances.

&lt;b&gt;Per link.&lt;/b&gt; is_bridge: no alternative route exists (a bridge in the graph sense, found with Tarjan's algorithm). The best alternative route between the link's ends when it is closed, in metres and seconds, the extra length and time, and the detour ratio (empty where there is none); the result is exactly what closing every link and searching again gives, computed in batches of bounded searches. pop_cut_off: the people separated from every centre when the link is closed. importance, total_delay and unsatisfied_trips: link importance weighted by demand as Jenelius, Petersen &amp; Mattsson (2006) and Jenelius &amp; Mattsson (2012) define it: the increase in total travel time of all trips when the link is closed (total_delay in trip hours, importance per trip in minutes), with the trips that can no longer be made reported apart. Trips come from an OD table (CSV: origin, destination, trips, by the zone id field) or from the population by a production-constrained gravity model (trips per person, exponential decay per minute or per km). rank: 1 is the weakest link (most people cut off, most trips lost, largest delay, bridges, longest detour).

&lt;b&gt;Per node.&lt;/b&gt; Articulation points (a node whose closing splits the network) and the people they cut off.

Population (points, or grid polygons read at a point inside each) and centres join the network at the nearest link within the longest connector; population at a node counts for the nodes and links around it. Input layers are never modified.</source>
      <translation type="vanished">Hittar de svaga länkarna i ett väg- eller järnvägsnät: var en stängd länk inte lämnar någon väg runt, hur lång omvägen är där det finns en, hur många personer den skär av från centrum, och hur mycket den betyder för resorna i nätet.

&lt;b&gt;Nät.&lt;/b&gt; Linjer sammanfogas där de delar en brytpunkt (inom snäpptoleransen). En linje som är markerad i planskildhetsfältet (bro, tunnel) möter andra linjer bara i sina egna ändar, så en bro över en väg är ingen korsning. Länkar går mellan korsningar. Nätets delar redovisas så som Tillväxtverkets Pipos förbereder sitt vägnät: huvudnätet, öar och lösa länkar. Med ett hastighetsfält eller hastigheter per klass är kostnaderna restider; annars avstånd.

&lt;b&gt;Per länk.&lt;/b&gt; is_bridge: ingen alternativ väg finns (en brygga i grafteoretisk mening, funnen med Tarjans algoritm). Den bästa alternativa vägen mellan länkens ändar när den är stängd, i meter och sekunder, den extra längden och tiden, och omvägskvoten (tomt där ingen finns); resultatet är exakt det som att stänga varje länk och söka igen ger, beräknat i omgångar av begränsade sökningar. pop_cut_off: personerna som skärs av från alla centrum när länken stängs. importance, total_delay och unsatisfied_trips: länkens efterfrågeviktade betydelse så som Jenelius, Petersen &amp; Mattsson (2006) och Jenelius &amp; Mattsson (2012) definierar den: ökningen av alla resors sammanlagda restid när länken stängs (total_delay i resetimmar, importance per resa i minuter), med resorna som inte längre kan göras redovisade för sig. Resorna kommer från en OD-tabell (CSV: origin, destination, trips, enligt zon-id-fältet) eller från befolkningen via en produktionsbegränsad gravitationsmodell (resor per person, exponentiellt avtagande per minut eller per km). rank: 1 är den svagaste länken (flest avskurna personer, flest förlorade resor, störst fördröjning, bryggor, längst omväg).

&lt;b&gt;Per nod.&lt;/b&gt; Artikulationspunkter (en nod vars stängning delar nätet) och personerna de skär av.

Befolkning (punkter, eller rutnätsytor lästa i en punkt inuti var och en) och centrum ansluts till närmaste länk inom den längsta anslutningen; befolkning i en nod räknas för noderna och länkarna runt den. Indatalagren ändras aldrig.</translation>
    </message>
    <message>
      <source>The network has no lines to build a graph from.</source>
      <translation type="vanished">Nätet har inga linjer att bygga en graf av.</translation>
    </message>
    <message>
      <source>Writes a report of a plan draft or a comparison of drafts, in Swedish or English, as an HTML page and as a PDF made from a QGIS print layout (A4).

&lt;b&gt;Contents.&lt;/b&gt; An overview map with the municipalities, the plan draft, the incompatible uses across borders and the conflict check's results styled by severity; tables of the results by severity (number, plan features, area), by municipality and by rule with its legal basis; where given, the indicators per version of samplan:comparedrafts, the effective mesh size per unit of samplan:fragmentation and the pairs of samplan:bordercoherence; charts of the results per municipality and of the area indicators (matplotlib); and method notes with their sources (Boverket's ÖP-modell, Jaeger 2000, Moser et al. 2007, EEA Report 2/2011, PBL and MB).

&lt;b&gt;Inputs&lt;/b&gt; are the outputs of the other Samplan algorithms: the conflict layers of samplan:conflictcheck (areas, lines, points), the indicator table, the mesh table and the border pairs. The report's texts come from templates in resources/report/ of the plugin. Runs headless through qgis_process. Nothing is written if the run fails or is cancelled.</source>
      <translation type="vanished">Skriver en rapport om ett planförslag eller en jämförelse mellan förslag, på svenska eller engelska, som en HTML-sida och som en PDF gjord av en QGIS-utskriftslayout (A4).

&lt;b&gt;Innehåll.&lt;/b&gt; En översiktskarta med kommunerna, planförslaget, oförenliga användningar över gränser och konfliktkontrollens resultat efter allvarlighetsgrad; tabeller över resultaten per allvarlighetsgrad (antal, planobjekt, yta), per kommun och per regel med dess lagstöd; där de anges, indikatorerna per version från samplan:comparedrafts, den effektiva maskstorleken per område från samplan:fragmentation och paren från samplan:bordercoherence; diagram över resultaten per kommun och över ytindikatorerna (matplotlib); samt metodbeskrivning med källor (Boverkets ÖP-modell, Jaeger 2000, Moser m.fl. 2007, EEA Report 2/2011, PBL och MB).

&lt;b&gt;Indata&lt;/b&gt; är utdata från Samplans övriga algoritmer: konfliktskikten från samplan:conflictcheck (ytor, linjer, punkter), indikatortabellen, tabellen över maskstorlek och paren över gränser. Rapportens texter kommer från mallar i tilläggets resources/report/. Kan köras utan gränssnitt med qgis_process. Inget skrivs om körningen misslyckas eller avbryts.</translation>
    </message>
    <message>
      <source>Municipalities (for the map)</source>
      <translation type="vanished">Kommuner (för kartan)</translation>
    </message>
    <message>
      <source>Commuting table '{0}' has no field(s) {1}. Its fields are: {2}.</source>
      <translation type="vanished">Pendlingstabellen '{0}' saknar fält {1}. Dess fält är: {2}.</translation>
    </message>
    <message>
      <source>Layer '{0}', field '{1}': '{2}' is not a number.</source>
      <translation type="vanished">Lagret '{0}', fältet '{1}': '{2}' är inte ett tal.</translation>
    </message>
    <message>
      <source>Layer '{0}' has no coordinate reference system: it is read as if it were in {1}. Set its CRS if that is wrong.</source>
      <translation type="vanished">Skiktet '{0}' saknar koordinatsystem: det läses som om det vore i {1}. Ange dess koordinatsystem om det är fel.</translation>
    </message>
    <message>
      <source>Measures how far the population lives from the nearest centre or service over the network, as Tillväxtverket's Pipos reports accessibility: per population feature the nearest destination, the network distance and the travel time including the connector, and flags for the thresholds (by default 5 and 10 km, 30 and 45 minutes); per municipality the population-weighted mean and median, the share within each threshold and the people beyond it.

&lt;b&gt;Inputs.&lt;/b&gt; The network as for the weak links (snap tolerance, grade separation, one-way, speeds by field or by class; without speeds only distances). Population: points or a 250 m grid with a population field, read at a point inside each feature. Destinations: centres or services, optionally only those of some categories or of at least a size (for example tätorter of at least 3,000 inhabitants). Population and destinations join the network at the nearest point of the nearest link within the longest connector; the connector counts at its length, and at the connector speed for times. Municipalities (optional) group the results.

&lt;b&gt;Method.&lt;/b&gt; One multi-source Dijkstra from all destinations at once (each a virtual node joined to its link's ends) on the reversed network gives every node its nearest destination, instead of one search per origin as QNEAT3's OD matrix does; the same answers, in one pass.

&lt;b&gt;Before and after.&lt;/b&gt; With a planned link added (a line layer joined at shared vertices), links cut (by feature id, or where they meet a cut layer), the same run on the changed network gives the difference per population feature and per municipality (after minus before; negative is closer).

&lt;b&gt;Iso-areas (optional).&lt;/b&gt; Per destination and threshold, the area from which the destination is reached within the threshold: a search from each destination (bounded by the largest threshold) gives every node its cost to it, the destination's connector included; every link is cut where the cost reaches the threshold (over either end as its direction allows, or straight along the destination's own link), and the reached parts are buffered by the iso-area buffer and merged into one polygon. The buffer stands for the people's own way to the road, which is not counted. Computed only when the output is asked for: one search per destination.

Sources: Tillväxtverket, Pipos (tillgänglighetsanalyser); Dijkstra (1959).

Input layers are never modified.</source>
      <translation type="vanished">Mäter hur långt befolkningen bor från närmaste centrum eller service längs nätet, så som Tillväxtverkets Pipos redovisar tillgänglighet: per befolkningsobjekt närmaste målpunkt, avståndet i nätet och restiden inklusive anslutningen, och flaggor för tröskelvärdena (som standard 5 och 10 km, 30 och 45 minuter); per kommun befolkningsviktat medel och median, andelen inom varje tröskel och antalet personer bortom den.

&lt;b&gt;Indata.&lt;/b&gt; Nätet som för svaga länkar (snäpptolerans, planskildhet, enkelriktning, hastigheter per fält eller per klass; utan hastigheter bara avstånd). Befolkning: punkter eller ett 250 m-rutnät med ett befolkningsfält, läst i en punkt inuti varje objekt. Målpunkter: centrum eller service, valfritt bara de av vissa kategorier eller av minst en viss storlek (till exempel tätorter med minst 3 000 invånare). Befolkning och målpunkter ansluts till närmaste punkt på närmaste länk inom den längsta anslutningen; anslutningen räknas med sin längd, och med anslutningshastigheten för tider. Kommuner (valfritt) grupperar resultaten.

&lt;b&gt;Metod.&lt;/b&gt; En Dijkstra från alla målpunkter samtidigt (var och en en virtuell nod kopplad till sin länks ändar) på det omvända nätet ger varje nod dess närmaste målpunkt, i stället för en sökning per startpunkt som QNEAT3:s OD-matris gör; samma svar, i ett svep.

&lt;b&gt;Före och efter.&lt;/b&gt; Med en planerad länk tillagd (ett linjelager som ansluts vid gemensamma brytpunkter) eller länkar brutna (via objekt-id, eller där de möter ett brytlager) ger samma körning på det förändrade nätet skillnaden per befolkningsobjekt och per kommun (efter minus före; negativt är närmare).

&lt;b&gt;Isoområden (valfritt).&lt;/b&gt; Per målpunkt och tröskel det område från vilket målpunkten nås inom tröskeln: en sökning från varje målpunkt (begränsad av den största tröskeln) ger varje nod dess kostnad dit, målpunktens anslutning medräknad; varje länk kapas där kostnaden når tröskeln (via någon av ändarna så som färdriktningen tillåter, eller rakt längs målpunktens egen länk), och de nådda delarna buffras med isoområdesbufferten och slås samman till en polygon. Bufferten står för människornas egen väg fram till vägnätet, som inte räknas. Beräknas bara när utdata efterfrågas: en sökning per målpunkt.

Källor: Tillväxtverket, Pipos (tillgänglighetsanalyser); Dijkstra (1959).

Indatalagren ändras aldrig.</translation>
    </message>
    <message>
      <source>Population-weighted mean distance to the nearest destination: {0:.1f} km.</source>
      <translation type="vanished">Befolkningsviktat medelavstånd till närmaste målpunkt: {0:.1f} km.</translation>
    </message>
    <message>
      <source>No network line has the feature id(s) {0}.</source>
      <translation type="vanished">Ingen nätlinje har objekt-id {0}.</translation>
    </message>
    <message>
      <source>Measures how far the population lives from the nearest centre or service over the network, as Tillväxtverket's Pipos reports accessibility: per population feature the nearest destination, the network distance and the travel time including the connector, and flags for the thresholds (by default 5 and 10 km, 30 and 45 minutes); per municipality the population-weighted mean and median, the share within each threshold and the people beyond it.

&lt;b&gt;Inputs.&lt;/b&gt; The network as for the weak links (snap tolerance, grade separation, one-way, speeds by field or by class; without speeds only distances). Population: points or a 250 m grid with a population field, read at a point inside each feature. Destinations: centres or services, optionally only those of some categories or of at least a size (for example tätorter of at least 3,000 inhabitants). Population and destinations join the network at the nearest point of the nearest link within the longest connector; the connector counts at its length, and at the connector speed for times. Municipalities (optional) group the results.

&lt;b&gt;Method.&lt;/b&gt; One multi-source Dijkstra from all destinations at once (each a virtual node joined to its link's ends) on the reversed network gives every node its nearest destination, instead of one search per origin as QNEAT3's OD matrix does; the same answers, in one pass.

&lt;b&gt;Before and after.&lt;/b&gt; With a planned link added (a line layer joined at shared vertices), links cut (by feature id, or where they meet a cut layer), the same run on the changed network gives the difference per population feature and per municipality (after minus before; negative is closer).

Input layers are never modified.</source>
      <translation type="vanished">Mäter hur långt befolkningen bor från närmaste centrum eller service längs nätet, så som Tillväxtverkets Pipos redovisar tillgänglighet: per befolkningsobjekt närmaste målpunkt, avståndet i nätet och restiden inklusive anslutningen, och flaggor för tröskelvärdena (som standard 5 och 10 km, 30 och 45 minuter); per kommun befolkningsviktat medel och median, andelen inom varje tröskel och antalet personer bortom den.

&lt;b&gt;Indata.&lt;/b&gt; Nätet som för svaga länkar (snäpptolerans, planskildhet, enkelriktning, hastigheter per fält eller per klass; utan hastigheter bara avstånd). Befolkning: punkter eller ett 250 m-rutnät med ett befolkningsfält, läst i en punkt inuti varje objekt. Målpunkter: centrum eller service, valfritt bara de av vissa kategorier eller av minst en viss storlek (till exempel tätorter med minst 3 000 invånare). Befolkning och målpunkter ansluts till närmaste punkt på närmaste länk inom den längsta anslutningen; anslutningen räknas med sin längd, och med anslutningshastigheten för tider. Kommuner (valfritt) grupperar resultaten.

&lt;b&gt;Metod.&lt;/b&gt; En Dijkstra från alla målpunkter samtidigt (var och en en virtuell nod kopplad till sin länks ändar) på det omvända nätet ger varje nod dess närmaste målpunkt, i stället för en sökning per startpunkt som QNEAT3:s OD-matris gör; samma svar, i ett svep.

&lt;b&gt;Före och efter.&lt;/b&gt; Med en planerad länk tillagd (ett linjelager som ansluts vid gemensamma brytpunkter) eller länkar brutna (via objekt-id, eller där de möter ett brytlager) ger samma körning på det förändrade nätet skillnaden per befolkningsobjekt och per kommun (efter minus före; negativt är närmare).

Indatalagren ändras aldrig.</translation>
    </message>
    <message>
      <source>Groups zones into functional regions by the commuting between them.

&lt;b&gt;Inputs.&lt;/b&gt; A zones layer (municipalities, or smaller areas such as DeSO) with a code field, and a commuting table: a CSV file (',' or ';' separated) or any QGIS table, with the columns residence code, workplace code and number of employed (by default bostadskommun, arbetskommun, antal; commuters working in their own zone are a row with both codes equal). Counts must be numbers of at least zero: an empty, non-numeric or negative count stops the run and names its line (or feature). Pairs that occur twice are summed, with a warning. Codes in the table that are not among the zones are listed in a warning and their flows left out. Zones with no commuting at all stay regions of their own.

&lt;b&gt;SCB's local labour markets.&lt;/b&gt; A zone is a centre when at most 20 % of its employed residents work in other zones and no single flow to another zone exceeds 7.5 % of them (both thresholds are parameters). Every other zone links to the zone receiving its largest outflow (a zone without employed residents: the zone sending it the most commuters). A zone joins the centre its link reaches, or the centre reached by its link's own link: at most two links. A zone that reaches no centre in two links is not carried a third step: it becomes a region of its own (role 'unlinked', named in the log). Two non-centres whose links point at each other form one region, centred on the one with more jobs. Ties go to the lower code.

&lt;b&gt;Travel-to-work areas&lt;/b&gt; by the method of Coombes and Bond (2008) as Istat's R package LabourMarketAreas implements it (Franconi, D'Alò and Ichim 2016). For an area: size = employed residents, supply-side self-containment SC_s = commuters living and working in it / its employed residents, demand-side SC_d = the same / its jobs. Validity X = [1 − (1 − minSC/tarSC) · max((tarSZ − size)/(tarSZ − minSZ), 0)] · min(SC_s, SC_d)/tarSC; an area is valid when size ≥ minSZ and X ≥ minSC/tarSC (the output's validity column is X/(minSC/tarSC), so valid means ≥ 1). Defaults: minSZ 1000, minSC 0.6667, tarSZ 10000, tarSC 0.75. Every zone starts as an area of its own; the invalid area with the lowest validity is dissolved and its zones, one at a time in code order, join the area with the highest linkage T_ij²/(R_i·W_j) + T_ji²/(R_j·W_i); a zone without any flow to an area goes to a reserve list, whose zones join the area of highest linkage once no area is invalid. Reserve zones that never find one form areas of their own, named in the log. Optionally, parts of a region cut off from its main part (by shared borders) then join the neighbouring region with the highest linkage.

&lt;b&gt;Outputs.&lt;/b&gt; Region polygons (the union of their zones) with centre (SCB: the centre zone; travel-to-work areas: the zone with the most jobs), number of zones, employed residents, jobs, commuters inside, self-containment on both sides and validity; a zone-to-region table with each zone's role; a quality summary: number of regions, share of all commuting inside regions, and modularity (directed, weighted, Leicht and Newman 2008). Sources: SCB, Lokala arbetsmarknader (method description); Coombes and Bond (2008), Travel-to-Work Areas: the 2007 review, ONS; Franconi, D'Alò and Ichim (2016), Istat implementation of the algorithm to develop Labour Market Areas; R package LabourMarketAreas (Istat).</source>
      <translation type="vanished">Delar in områden i funktionella regioner utifrån pendlingen mellan dem.

&lt;b&gt;Indata.&lt;/b&gt; Ett områdeslager (kommuner, eller mindre områden som DeSO) med ett kodfält, och en pendlingstabell: en CSV-fil (',' eller ';' som avgränsare) eller valfri tabell i QGIS, med kolumnerna bostadsområdets kod, arbetsplatsens kod och antal förvärvsarbetande (som standard bostadskommun, arbetskommun, antal; de som arbetar i sitt eget område är en rad där båda koderna är lika). Antalen måste vara tal som är minst noll: ett tomt, icke-numeriskt eller negativt antal stoppar körningen och anger raden (eller objektet). Par som förekommer två gånger summeras, med en varning. Koder i tabellen som inte finns bland områdena listas i en varning och deras flöden lämnas utanför. Områden utan någon pendling alls blir egna regioner.

&lt;b&gt;SCB:s lokala arbetsmarknader.&lt;/b&gt; Ett område är ett centrum när högst 20 % av dess förvärvsarbetande invånare arbetar i andra områden och ingen enskild utpendlingsström överstiger 7,5 % av dem (båda gränserna är parametrar). Varje annat område knyts till det område som tar emot dess största utpendlingsström (ett område utan förvärvsarbetande invånare: det område som skickar flest pendlare dit). Ett område ansluts till det centrum som dess länk når, eller till det centrum som nås via länkens egen länk: högst två länkar. Ett område som inte når något centrum på två länkar förs inte ett tredje steg: det blir en egen region (roll 'unlinked', nämns i loggen). Två icke självständiga områden som knyts till varandra bildar en region, med det som har flest arbetstillfällen som centrum. Vid lika gäller den lägre koden.

&lt;b&gt;Resebehovsområden&lt;/b&gt; (travel-to-work areas) enligt Coombes och Bonds metod (2008) så som Istats R-paket LabourMarketAreas genomför den (Franconi, D'Alò och Ichim 2016). För ett område: storlek = förvärvsarbetande invånare, självförsörjning på utbudssidan SC_s = de som bor och arbetar i området / dess förvärvsarbetande invånare, på efterfrågesidan SC_d = samma / dess arbetstillfällen. Giltighet X = [1 − (1 − minSC/tarSC) · max((tarSZ − storlek)/(tarSZ − minSZ), 0)] · min(SC_s, SC_d)/tarSC; ett område är giltigt när storlek ≥ minSZ och X ≥ minSC/tarSC (utdatas kolumn validity är X/(minSC/tarSC), så giltigt betyder ≥ 1). Standardvärden: minSZ 1000, minSC 0,6667, tarSZ 10000, tarSC 0,75. Varje område börjar som ett eget kluster; det ogiltiga klustret med lägst giltighet upplöses och dess områden ansluts ett i taget, i kodordning, till klustret med högst sambandsmått T_ij²/(R_i·W_j) + T_ji²/(R_j·W_i); ett område utan flöde till något kluster förs till en reservlista, vars områden ansluts till klustret med högst sambandsmått när inget kluster längre är ogiltigt. Reservområden som aldrig hittar något bildar egna kluster och nämns i loggen. Valfritt ansluts därefter delar av en region som är avskurna från dess huvuddel (via gemensamma gränser) till den angränsande region som har högst sambandsmått.

&lt;b&gt;Utdata.&lt;/b&gt; Regionpolygoner (unionen av deras områden) med centrum (SCB: centrumområdet; resebehovsområden: området med flest arbetstillfällen), antal områden, förvärvsarbetande invånare, arbetstillfällen, pendlare inom regionen, självförsörjning på båda sidor och giltighet; en tabell över områden och regioner med varje områdes roll; en kvalitetssammanfattning: antal regioner, andel av all pendling inom regionerna och modularitet (riktad, viktad, Leicht och Newman 2008). Källor: SCB, Lokala arbetsmarknader (metodbeskrivning); Coombes och Bond (2008), Travel-to-Work Areas: the 2007 review, ONS; Franconi, D'Alò och Ichim (2016), Istat implementation of the algorithm to develop Labour Market Areas; R-paketet LabourMarketAreas (Istat).</translation>
    </message>
    <message>
      <source>Sets two or more versions of a plan draft side by side: what changed, and indicators per version computed by the same engine as the other Samplan algorithms.

&lt;b&gt;Changes.&lt;/b&gt; Every later version against the first, by overlay (identifiers need not match): added (planned now, not in the first version), removed, and category changed, each with its area in m².

&lt;b&gt;Indicators&lt;/b&gt; (one column per version and one for the last minus the first): area by ÖP-modell category (km²); new development (Mångfunktionell bebyggelse, Sammanhängande bostadsbebyggelse, Verksamheter och industri, Utbyggnadsområde, minus existing settlement where given) on agricultural land (MB 3 kap. 4 §), in flood zones (PBL 2 kap. 5 §) and in protected nature (MB 7 kap.); the share of new housing within 1 km of a railway station or 400 m of a stop with at least the given weekday departures (after the regional transport authorities' and Boverket's guidance on transit-oriented planning); conflict check results per severity under the rule set (the same check as samplan:conflictcheck, with the theme layers given in the four roles); incompatible uses across municipal borders (as samplan:bordercoherence); and, with barrier layers and municipalities, the effective mesh size of the whole region after the plan and its change (Jaeger 2000, as samplan:fragmentation).

&lt;b&gt;Input checks.&lt;/b&gt; Each version is a polygon layer (its name is the version's name unless names are given) with optional corridors in the same order; versions in other CRSs are transformed; an empty version, or one with categories that are not ÖP-modell categories (map them with a category mapping), is refused with its name.</source>
      <translation type="vanished">Ställer två eller fler versioner av ett planförslag sida vid sida: vad som har ändrats, och indikatorer per version beräknade med samma motor som Samplans övriga algoritmer.

&lt;b&gt;Ändringar.&lt;/b&gt; Varje senare version mot den första, genom överlagring (id behöver inte stämma överens): tillkommet (planeras nu men inte i den första versionen), borttaget och ändrad kategori, var och en med sin yta i m².

&lt;b&gt;Indikatorer&lt;/b&gt; (en kolumn per version och en för den sista minus den första): yta per kategori i ÖP-modellen (km²); ny bebyggelse (Mångfunktionell bebyggelse, Sammanhängande bostadsbebyggelse, Verksamheter och industri, Utbyggnadsområde, utom befintlig bebyggelse där den anges) på jordbruksmark (MB 3 kap. 4 §), i översvämningsområden (PBL 2 kap. 5 §) och i skyddad natur (MB 7 kap.); andelen ny bostadsbebyggelse inom 1 km från en järnvägsstation eller 400 m från en hållplats med minst det angivna antalet avgångar en vardag (efter de regionala kollektivtrafikmyndigheternas och Boverkets vägledning om kollektivtrafiknära planering); konfliktkontrollens resultat per allvarlighetsgrad enligt regeluppsättningen (samma kontroll som samplan:conflictcheck, med temaskikten angivna i de fyra rollerna); oförenliga användningar över kommungränser (som samplan:bordercoherence); och, med barriärskikt och kommuner, hela regionens effektiva maskstorlek efter planen och dess förändring (Jaeger 2000, som samplan:fragmentation).

&lt;b&gt;Kontroll av indata.&lt;/b&gt; Varje version är ett polygonskikt (dess namn är versionens namn om inga namn anges) med stråk i samma ordning om så önskas; versioner i andra koordinatsystem transformeras; en tom version, eller en med kategorier som inte finns i ÖP-modellen (mappa dem med en kategorimappning), avvisas med sitt namn.</translation>
    </message>
    <message>
      <source>Measures how barriers cut the landscape into patches, per reporting unit, before and after a plan draft.

&lt;b&gt;Method.&lt;/b&gt; The effective mesh size m_eff (Jaeger 2000) is (1/A_total) Σ A_i², where A_i is the area of patch i inside the unit and A_total the unit's area: the size of the area two random points of the unit can reach without crossing a barrier. The cross-boundary connections variant m_eff_CBC (Moser et al. 2007) is (1/A_total) Σ A_i · A_i_cmpl, where A_i_cmpl is the whole patch's area including its parts outside the unit, so that a unit's border does not count as a barrier. The effective mesh density s_eff = 1000 / m_eff is the number of meshes per 1000 km² (as in the European Environment Agency's fragmentation reports, EEA Report 2/2011).

&lt;b&gt;Inputs.&lt;/b&gt; Reporting units (municipalities) or, without them, a square grid of the given size. Barrier lines (roads, railways) widened by their category's width (category=width in metres; categories not listed get the default width) and barrier areas (settlement). Optionally habitat areas: the landscape is then the habitat, else the units' whole area. The plan draft's development areas (Mångfunktionell bebyggelse, Sammanhängande bostadsbebyggelse, Verksamheter och industri, Transportinfrastruktur, Teknisk anläggning, Utbyggnadsområde) and its planned Transportinfrastruktur lines become barriers for the 'after' state. Ecological links and green wedges give the cut points.

&lt;b&gt;Outputs.&lt;/b&gt; Per unit: m_eff and m_eff_CBC in km² before and after, their change (km² and %), s_eff, and the number of patch pieces. The points where planned lines cut ecological links (each crossing) or green wedges (the middle of each stretch inside, with its length). The patches after the plan.

Sources: Jaeger, J. A. G. (2000) Landscape Ecology 15:115–130; Moser, B. et al. (2007) Landscape Ecology 22:447–459; EEA &amp; FOEN (2011) Landscape fragmentation in Europe, EEA Report 2/2011.</source>
      <translation type="vanished">Mäter hur barriärer delar upp landskapet i sammanhängande ytor, per redovisningsområde, före och efter ett planförslag.

&lt;b&gt;Metod.&lt;/b&gt; Den effektiva maskstorleken m_eff (Jaeger 2000) är (1/A_total) Σ A_i², där A_i är arean av yta i inom området och A_total områdets area: storleken på den yta som två slumpvis valda punkter i området kan nå utan att korsa en barriär. Varianten med gränsöverskridande samband m_eff_CBC (Moser m.fl. 2007) är (1/A_total) Σ A_i · A_i_cmpl, där A_i_cmpl är hela ytans area inklusive delarna utanför området, så att områdets gräns inte räknas som en barriär. Den effektiva masktätheten s_eff = 1000 / m_eff är antalet maskor per 1000 km² (som i Europeiska miljöbyråns fragmenteringsrapporter, EEA Report 2/2011).

&lt;b&gt;Indata.&lt;/b&gt; Redovisningsområden (kommuner) eller, utan dem, ett kvadratiskt rutnät med den angivna storleken. Barriärlinjer (vägar, järnvägar) breddade efter sin kategoris bredd (kategori=bredd i meter; kategorier som inte anges får standardbredden) och barriärytor (bebyggelse). Om så önskas livsmiljöytor: landskapet är då livsmiljöerna, annars hela områdenas yta. Planförslagets bebyggelseområden (Mångfunktionell bebyggelse, Sammanhängande bostadsbebyggelse, Verksamheter och industri, Transportinfrastruktur, Teknisk anläggning, Utbyggnadsområde) och dess planerade linjer för Transportinfrastruktur blir barriärer i läget 'efter'. Ekologiska samband och gröna kilar ger skärningspunkterna.

&lt;b&gt;Utdata.&lt;/b&gt; Per område: m_eff och m_eff_CBC i km² före och efter, förändringen (km² och %), s_eff och antalet ytdelar. Punkterna där planerade linjer skär ekologiska samband (varje korsning) eller gröna kilar (mitten av varje sträcka inuti, med dess längd). Ytorna efter planen.

Källor: Jaeger, J. A. G. (2000) Landscape Ecology 15:115–130; Moser, B. m.fl. (2007) Landscape Ecology 22:447–459; EEA &amp; FOEN (2011) Landscape fragmentation in Europe, EEA Report 2/2011.</translation>
    </message>
    <message>
      <source>residence</source>
      <translation type="vanished">bostads</translation>
    </message>
    <message>
      <source>workplace</source>
      <translation type="vanished">arbetsplats</translation>
    </message>
    <message>
      <source>count</source>
      <translation type="vanished">antals</translation>
    </message>
    <message>
      <source>{0}: the column '{1}' is read as the {2} column (there is no column '{3}').</source>
      <translation type="vanished">{0}: kolumnen '{1}' läses som {2}kolumn (kolumnen '{3}' finns inte).</translation>
    </message>
    <message>
      <source>No zone is a centre: in none do at most {0:.0%} of the employed residents work in other zones with no single flow above {1:.1%}. SCB's rule is made for municipalities; for small zones such as DeSO or RegSO use travel-to-work areas.</source>
      <translation type="vanished">Inget område är ett centrum: i inget arbetar högst {0:.0%} av de förvärvsarbetande invånarna i andra områden utan att någon enskild ström överstiger {1:.1%}. SCB:s regel är gjord för kommuner; för små områden som DeSO eller RegSO, använd resebehovsområden.</translation>
    </message>
    <message>
      <source>Samplan's algorithms are not available until it is installed. Choose Samplan &gt; Install missing Python packages…, or install it by hand into your QGIS profile (nothing system-wide), then restart QGIS:</source>
      <translation type="vanished">Samplans algoritmer är inte tillgängliga förrän det är installerat. Välj Samplan &gt; Installera saknade Python-paket…, eller installera det för hand i din QGIS-profil (inget i hela systemet) och starta sedan om QGIS:</translation>
    </message>
    <message>
      <source>Writes a report of a plan draft or a comparison of drafts, in Swedish or English, as an HTML page and as a PDF made from a QGIS print layout (A4).

&lt;b&gt;Contents.&lt;/b&gt; An overview map with the municipalities, the plan draft, the incompatible uses across borders and the conflict check's results styled by severity; tables of the results by severity (number, plan features, area), by municipality and by rule with its legal basis; where given, the indicators per version of Compare plan draft versions, the effective mesh size per unit of Effective mesh size (fragmentation) and the pairs of Coherence across municipal borders; charts of the results per municipality and of the area indicators (matplotlib); and method notes with their sources (Boverket's ÖP-modell, Jaeger 2000, Moser et al. 2007, EEA Report 2/2011, PBL and MB).

&lt;b&gt;Inputs&lt;/b&gt; are the outputs of the other Samplan algorithms: the conflict layers of Coordination conflict check (areas, lines, points), the indicator table, the mesh table and the border pairs. The report's texts come from templates in resources/report/ of the plugin. Runs headless through qgis_process. Nothing is written if the run fails or is cancelled.</source>
      <translation type="vanished">Skriver en rapport om ett planförslag eller en jämförelse mellan förslag, på svenska eller engelska, som en HTML-sida och som en PDF gjord av en QGIS-utskriftslayout (A4).

&lt;b&gt;Innehåll.&lt;/b&gt; En översiktskarta med kommunerna, planförslaget, oförenliga användningar över gränser och konfliktkontrollens resultat efter allvarlighetsgrad; tabeller över resultaten per allvarlighetsgrad (antal, planobjekt, yta), per kommun och per regel med dess lagstöd; där de anges, indikatorerna per version från Jämför versioner av planförslag, den effektiva maskstorleken per område från Effektiv maskstorlek (fragmentering) och paren från Samstämmighet över kommungränser; diagram över resultaten per kommun och över ytindikatorerna (matplotlib); samt metodbeskrivning med källor (Boverkets ÖP-modell, Jaeger 2000, Moser m.fl. 2007, EEA Report 2/2011, PBL och MB).

&lt;b&gt;Indata&lt;/b&gt; är utdata från Samplans övriga algoritmer: konfliktskikten från Samordningskontroll av konflikter (ytor, linjer, punkter), indikatortabellen, tabellen över maskstorlek och paren över gränser. Rapportens texter kommer från mallar i tilläggets resources/report/. Kan köras utan gränssnitt med qgis_process. Inget skrivs om körningen misslyckas eller avbryts.</translation>
    </message>
  </context>
  <context>
    <name>ConflictInspectorDock</name>
    <message>
      <location filename="../ui/conflict_inspector.ui" line="0" />
      <source>Samplan: conflict inspector</source>
      <translation>Samplan: konfliktgranskning</translation>
    </message>
    <message>
      <location filename="../ui/conflict_inspector.ui" line="0" />
      <source>Set-up</source>
      <translation>Inställningar</translation>
    </message>
    <message>
      <location filename="../ui/conflict_inspector.ui" line="0" />
      <source>Results</source>
      <translation>Resultat</translation>
    </message>
    <message>
      <location filename="../ui/conflict_inspector.ui" line="0" />
      <source>No results yet: set up and run the check.</source>
      <translation>Inga resultat än: ställ in och kör kontrollen.</translation>
    </message>
    <message>
      <location filename="../ui/conflict_inspector.ui" line="0" />
      <source>Severity</source>
      <translation>Allvarlighetsgrad</translation>
    </message>
    <message>
      <location filename="../ui/conflict_inspector.ui" line="0" />
      <source>Rule</source>
      <translation>Regel</translation>
    </message>
    <message>
      <location filename="../ui/conflict_inspector.ui" line="0" />
      <source>Theme role</source>
      <translation>Temaroll</translation>
    </message>
    <message>
      <location filename="../ui/conflict_inspector.ui" line="0" />
      <source>Municipality</source>
      <translation>Kommun</translation>
    </message>
    <message>
      <location filename="../ui/conflict_inspector.ui" line="0" />
      <source>Review status</source>
      <translation>Granskningsstatus</translation>
    </message>
    <message>
      <location filename="../ui/conflict_inspector.ui" line="0" />
      <source>Search…</source>
      <translation>Sök…</translation>
    </message>
    <message>
      <location filename="../ui/conflict_inspector.ui" line="0" />
      <source>Pick a conflict in the table to see it described here and drawn on the map.</source>
      <translation>Välj en konflikt i tabellen för att se den beskriven här och ritad på kartan.</translation>
    </message>
    <message>
      <location filename="../ui/conflict_inspector.ui" line="0" />
      <source>Comment</source>
      <translation>Kommentar</translation>
    </message>
    <message>
      <location filename="../ui/conflict_inspector.ui" line="0" />
      <source>Save review</source>
      <translation>Spara granskning</translation>
    </message>
    <message>
      <location filename="../ui/conflict_inspector.ui" line="0" />
      <source>Export CSV…</source>
      <translation>Exportera CSV…</translation>
    </message>
    <message>
      <location filename="../ui/conflict_inspector.ui" line="0" />
      <source>Export spreadsheet…</source>
      <translation>Exportera kalkylblad…</translation>
    </message>
    <message>
      <source>Plan draft</source>
      <translation type="vanished">Planförslag</translation>
    </message>
    <message>
      <source>Land-use field</source>
      <translation type="vanished">Fält för markanvändning</translation>
    </message>
    <message>
      <source>Planned corridors</source>
      <translation type="vanished">Planerade stråk</translation>
    </message>
    <message>
      <source>Stable identifier</source>
      <translation type="vanished">Stabil identitet</translation>
    </message>
    <message>
      <source>Municipalities</source>
      <translation type="vanished">Kommuner</translation>
    </message>
    <message>
      <source>Name field</source>
      <translation type="vanished">Namnfält</translation>
    </message>
    <message>
      <source>Theme layers: choose a role for each layer to check against, and its category field.</source>
      <translation type="vanished">Temalager: välj en roll för varje lager som förslaget ska kontrolleras mot, och dess kategorifält.</translation>
    </message>
    <message>
      <source>Layer</source>
      <translation type="vanished">Lager</translation>
    </message>
    <message>
      <source>Role</source>
      <translation type="vanished">Roll</translation>
    </message>
    <message>
      <source>Category field</source>
      <translation type="vanished">Kategorifält</translation>
    </message>
    <message>
      <source>Rule set</source>
      <translation type="vanished">Regeluppsättning</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation type="vanished">Redigera…</translation>
    </message>
    <message>
      <source>Open the rule set editor</source>
      <translation type="vanished">Öppna redigeraren för regeluppsättningen</translation>
    </message>
    <message>
      <source>Results and reviews</source>
      <translation type="vanished">Resultat och granskningar</translation>
    </message>
    <message>
      <source>Run the check</source>
      <translation type="vanished">Kör kontrollen</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation type="vanished">Avbryt</translation>
    </message>
  </context>
  <context>
    <name>InspectorSetupPanel</name>
    <message>
      <location filename="../ui/inspector_setup_panel.ui" line="0" />
      <source>Plan draft</source>
      <translation>Planförslag</translation>
    </message>
    <message>
      <location filename="../ui/inspector_setup_panel.ui" line="0" />
      <source>Land-use field</source>
      <translation>Fält för markanvändning</translation>
    </message>
    <message>
      <location filename="../ui/inspector_setup_panel.ui" line="0" />
      <source>Planned corridors</source>
      <translation>Planerade stråk</translation>
    </message>
    <message>
      <location filename="../ui/inspector_setup_panel.ui" line="0" />
      <source>Stable identifier</source>
      <translation>Stabil identifierare</translation>
    </message>
    <message>
      <location filename="../ui/inspector_setup_panel.ui" line="0" />
      <source>Municipalities</source>
      <translation>Kommuner</translation>
    </message>
    <message>
      <location filename="../ui/inspector_setup_panel.ui" line="0" />
      <source>Name field</source>
      <translation>Namnfält</translation>
    </message>
    <message>
      <location filename="../ui/inspector_setup_panel.ui" line="0" />
      <source>Theme layers: choose a role for each layer to check against, and its category field.</source>
      <translation>Temalager: välj en roll för varje lager som förslaget ska kontrolleras mot, och dess kategorifält.</translation>
    </message>
    <message>
      <location filename="../ui/inspector_setup_panel.ui" line="0" />
      <source>Layer</source>
      <translation>Lager</translation>
    </message>
    <message>
      <location filename="../ui/inspector_setup_panel.ui" line="0" />
      <source>Role</source>
      <translation>Roll</translation>
    </message>
    <message>
      <location filename="../ui/inspector_setup_panel.ui" line="0" />
      <source>Category field</source>
      <translation>Kategorifält</translation>
    </message>
    <message>
      <location filename="../ui/inspector_setup_panel.ui" line="0" />
      <source>Rule set</source>
      <translation>Regeluppsättning</translation>
    </message>
    <message>
      <location filename="../ui/inspector_setup_panel.ui" line="0" />
      <source>Edit…</source>
      <translation>Redigera…</translation>
    </message>
    <message>
      <location filename="../ui/inspector_setup_panel.ui" line="0" />
      <source>Open the rule set editor</source>
      <translation>Öppna redigeraren för regeluppsättningen</translation>
    </message>
    <message>
      <location filename="../ui/inspector_setup_panel.ui" line="0" />
      <source>Results and reviews</source>
      <translation>Resultat och granskningar</translation>
    </message>
    <message>
      <location filename="../ui/inspector_setup_panel.ui" line="0" />
      <source>Shared results (PostGIS)</source>
      <translation>Delade resultat (PostGIS)</translation>
    </message>
    <message>
      <location filename="../ui/inspector_setup_panel.ui" line="0" />
      <source>Shared results and reviews in PostGIS: one of QGIS's saved PostgreSQL connections (its credentials stay in QGIS's authentication manager).</source>
      <translation>Delade resultat och granskningar i PostGIS: en av QGIS sparade PostgreSQL-anslutningar (inloggningsuppgifterna stannar i QGIS autentiseringshanterare).</translation>
    </message>
    <message>
      <location filename="../ui/inspector_setup_panel.ui" line="0" />
      <source>schema, e.g. samplan_granskning</source>
      <translation>schema, t.ex. samplan_granskning</translation>
    </message>
    <message>
      <location filename="../ui/inspector_setup_panel.ui" line="0" />
      <source>Run the check</source>
      <translation>Kör kontrollen</translation>
    </message>
    <message>
      <location filename="../ui/inspector_setup_panel.ui" line="0" />
      <source>Cancel</source>
      <translation>Avbryt</translation>
    </message>
  </context>
  <context>
    <name>InstallDialog</name>
    <message>
      <location filename="../ui/install_dialog.ui" line="0" />
      <source>Samplan: install missing Python packages</source>
      <translation>Samplan: installera saknade Python-paket</translation>
    </message>
    <message>
      <location filename="../ui/install_dialog.ui" line="0" />
      <source>Install</source>
      <translation>Installera</translation>
    </message>
    <message>
      <location filename="../ui/install_dialog.ui" line="0" />
      <source>Close</source>
      <translation>Stäng</translation>
    </message>
  </context>
  <context>
    <name>RuleSetEditor</name>
    <message>
      <location filename="../ui/rule_editor.ui" line="0" />
      <source>Samplan: rule set editor</source>
      <translation>Samplan: redigera regeluppsättning</translation>
    </message>
    <message>
      <location filename="../ui/rule_editor.ui" line="0" />
      <source>Add rule</source>
      <translation>Lägg till regel</translation>
    </message>
    <message>
      <location filename="../ui/rule_editor.ui" line="0" />
      <source>Remove rule</source>
      <translation>Ta bort regel</translation>
    </message>
    <message>
      <location filename="../ui/rule_editor.ui" line="0" />
      <source>Open…</source>
      <translation>Öppna…</translation>
    </message>
    <message>
      <location filename="../ui/rule_editor.ui" line="0" />
      <source>Reset to default</source>
      <translation>Återställ standard</translation>
    </message>
    <message>
      <location filename="../ui/rule_editor.ui" line="0" />
      <source>Save as CSV…</source>
      <translation>Spara som CSV…</translation>
    </message>
    <message>
      <location filename="../ui/rule_editor.ui" line="0" />
      <source>Close</source>
      <translation>Stäng</translation>
    </message>
  </context>
</TS>
