<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
  <context>
    <name>Samplan</name>
    <message>
      <location filename="../plugin.py" line="44" />
      <source>The Python package {0} is not installed: {1} is not available; the rest of Samplan works.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin.py" line="55" />
      <source>&amp;Samplan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin.py" line="57" />
      <source>Samplan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin.py" line="60" />
      <source>Conflict inspector</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin.py" line="61" />
      <source>Rule set editor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin.py" line="62" />
      <source>Load sample region…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin.py" line="73" />
      <source>Install missing Python packages…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin.py" line="97" />
      <source>The packages are installed in {0}. Restart QGIS to use them: an older version is loaded already.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin.py" line="114" />
      <source>Samplan is ready: its packages are installed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin.py" line="127" />
      <source>The conflict inspector needs the Python package {0} ({1}); the algorithms work without it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin.py" line="159" />
      <source>Folder for the sample region</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin.py" line="172" />
      <source>Building the sample region in {0} …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin.py" line="186" />
      <source>Samplan's algorithms are not available without these packages. Choose Samplan &gt; Install missing Python packages…, or install them by hand into your QGIS profile (nothing system-wide) and restart QGIS:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dependencies.py" line="43" />
      <source>shared review in PostGIS</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dependencies.py" line="43" />
      <source>charts in the workshop report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dependencies.py" line="243" />
      <source>Samplan needs the Python package {0} (version {1} or newer), which QGIS's Python does not have.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dependencies.py" line="246" />
      <source>Samplan needs the Python package {0} in version {1} or newer; QGIS's Python has version {2}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/accessibility.py" line="176" />
      <source>{0} population feature(s) ({1} people) reach no destination: farther than {2} m from the network, or on a part of it without destinations.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/area_disruption.py" line="112" />
      <source>{0} population feature(s) ({1} people) lie farther than {2} m from the network and are left out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/area_disruption.py" line="119" />
      <source>{0} centre(s) lie farther than {1} m from the network and are left out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/area_disruption.py" line="133" />
      <source>{0} people have no route to any centre even with every link open: they count as cut off already, not for any area.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/area_disruption.py" line="176" />
      <source>{0} area(s) touch no link of the network and close nothing: {1}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/area_disruption.py" line="179" />
      <source>Trips: {0} in all; each area's trips lost and added travel time are counted with all other areas open.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/categories.py" line="63" />
      <source>'{0}' is empty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/categories.py" line="67" />
      <source>'{0}' is not an ÖP-modell category; expected one of {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/categories.py" line="71" />
      <source>'{0}' is mapped twice, differently (also on line {1})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/commuting.py" line="37" />
      <source>{0}, feature {1}, field '{2}'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/commuting.py" line="39" />
      <source>{0}, feature {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/commuting.py" line="56" />
      <source>the count is empty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/commuting.py" line="65" />
      <source>the count '{0}' could be read as {1} or as {2}: write thousands without a separator or with a space</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/commuting.py" line="71" />
      <source>the count '{0}' is not a number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/commuting.py" line="76" />
      <source>the count '{0}' is not a finite number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/commuting.py" line="78" />
      <source>the count {0} is negative; counts of commuters are zero or more</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/commuting.py" line="82" />
      <source>the count '{0}' is not a whole number of commuters (a comma is read as a decimal comma: write thousands without a separator or with a space)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/commuting.py" line="100" />
      <source>the zone code is empty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/commuting.py" line="171" />
      <source>there is no column '{0}', and one column per year: {1}. Give the year to use as the column of the number of employed commuters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/commuting.py" line="176" />
      <source>missing column(s): {0}. The table's columns are: {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/commuting.py" line="179" />
      <source>{0}: the column '{1}' is read as the residence column (there is no column '{2}').</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/commuting.py" line="180" />
      <source>{0}: the column '{1}' is read as the workplace column (there is no column '{2}').</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/commuting.py" line="181" />
      <source>{0}: the column '{1}' is read as the count column (there is no column '{2}').</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/commuting.py" line="221" />
      <source>{0}: only the rows with {1} = '{2}' are read (the column also holds {3}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/commuting.py" line="286" />
      <source>zone code(s) occur more than once: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/commuting.py" line="298" />
      <source>{0}: {1} pair(s) of residence and workplace occur on more than one row; their counts were summed: {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/commuting.py" line="308" />
      <source>no row of the commuting table has both codes among the zones of {0}, so there is nothing to compute ({1} of its codes match a zone). The table's codes, as read: {2}. The zones' codes: {3}. Check the zone code field and the table's columns (a code and a name in one cell, such as '2505 Arvidsjaur', is read as 2505).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/commuting.py" line="316" />
      <source>{0}: {1} zone code(s) in the commuting table are not among the zones of {2}: {3}. Their {4} commuter(s) on {5} row(s) are left out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/commuting.py" line="325" />
      <source>{0}: {1} zone(s) have no commuting at all in the table: {2}. Each stays a region of its own.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/commuting.py" line="356" />
      <source>{0}: {1} cell(s) hold a code and a name; the code before the first space is used: {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/commuting.py" line="359" />
      <source>{0}: {1} code(s) match a zone only as numbers (leading zeros differ): {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/conflicts.py" line="193" />
      <source>Rule {0}: no theme feature of role '{1}' has category {2}; every matching plan feature is reported as a gap.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/conflicts.py" line="199" />
      <source>No layer was given in the role '{0}': rules {1} were not checked.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/conflicts.py" line="220" />
      <source>Plan draft layer '{0}': {1} feature(s) have no category and match no rule (feature ids {2}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/conflicts.py" line="225" />
      <source>Plan draft layer '{0}': no rule applies to the categories {1}. Map them onto ÖP-modell categories with a category mapping file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/criticality.py" line="70" />
      <source>'{0}' is not a number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/criticality.py" line="72" />
      <source>trips must be zero or more, not {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/criticality.py" line="101" />
      <source>The network has one-way links: bridges (no alternative route) are judged on the network without directions; {0} one-way link(s) have no way back at all on the directed network (no_way_back), and detours follow the directions.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/criticality.py" line="138" />
      <source>{0} people live on network parts without any centre: they count as cut off already, not for any link.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/criticality.py" line="296" />
      <source>Demand: {0} trips between {1} zones.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/criticality.py" line="556" />
      <source>OD table: {0} row(s) name zones that are not among the attached population features and are left out ({1}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/criticality.py" line="572" />
      <source>OD table: zones that join the network at one node count as one zone, and the {0} trip(s) between them are left out: {1}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/drafts.py" line="97" />
      <source>Give at least two versions of the plan draft to compare; got {0}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/drafts.py" line="101" />
      <source>Version '{0}' (layer '{1}') has no features with a geometry.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/drafts.py" line="107" />
      <source>Version '{0}', layer '{1}': the categories {2} are not ÖP-modell categories (feature ids {3}). Map them onto ÖP-modell categories with a category mapping file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/drafts.py" line="115" />
      <source>Two versions have the same name: {0}. Give each version its own name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/drafts.py" line="278" />
      <source>Stops layer '{0}': the field '{1}' holds no number of weekday departures for {2} stop(s) (feature ids {3}). Fill in the departures, or leave those stops out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/drafts.py" line="361" />
      <source>Area: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/drafts.py" line="362" />
      <source>New development</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/drafts.py" line="363" />
      <source>New development on agricultural land</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/drafts.py" line="364" />
      <source>New development in flood zones</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/drafts.py" line="365" />
      <source>New development in protected nature</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/drafts.py" line="366" />
      <source>New housing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/drafts.py" line="367" />
      <source>New housing within 1 km of a station or 400 m of a frequent stop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/drafts.py" line="368" />
      <source>Conflict check results: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/drafts.py" line="369" />
      <source>Incompatible uses across municipal borders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/drafts.py" line="370" />
      <source>Effective mesh size of the region after the plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/drafts.py" line="371" />
      <source>Change in effective mesh size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/drafts.py" line="380" />
      <source>conflict</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/drafts.py" line="380" />
      <source>warning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/drafts.py" line="380" />
      <source>opportunity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/fragmentation.py" line="92" />
      <source>Barrier widths: '{0}' is not of the form 'category=width in metres'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/fragmentation.py" line="127" />
      <source>Barrier layer '{0}': no width is given for the categories {1}; they are {2} m wide.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/fragmentation.py" line="166" />
      <source>Plan layer '{0}': the categories {1} are not ÖP-modell categories (feature ids {2}). Map them onto ÖP-modell categories with a category mapping file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/fragmentation.py" line="285" />
      <source>Reporting units layer '{0}' has no polygons.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/fragmentation.py" line="290" />
      <source>The context distance beyond the units must be 0 m or more; got {0}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/fragmentation.py" line="298" />
      <source>Without habitat layers the landscape is the units' whole area: patches end at its outer edge, so m_eff_CBC counts connections across the units' shared borders only.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/input_checks.py" line="22" />
      <source>'{0}' could be read as {1} or as {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/labour_markets.py" line="53" />
      <source>The minimum size ({0}) must be at least 0 and below the target size ({1}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/labour_markets.py" line="56" />
      <source>Self-containment must satisfy 0 &lt; minimum ({0}) ≤ target ({1}) ≤ 1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/labour_markets.py" line="198" />
      <source>No zone is a centre: in every zone, more of the employed residents work in other zones, or more in one other zone, than the thresholds allow. SCB's rule is made for municipalities; for small zones such as DeSO or RegSO use travel-to-work areas.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/labour_markets.py" line="235" />
      <source>{0} zone(s) reach no centre within two links and form regions of their own: {1}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/labour_markets.py" line="439" />
      <source>{0} zone(s) have only employed residents or only jobs among the zones (or commute only within themselves) and are set aside, each a region of its own, as Istat's package does: {1}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/labour_markets.py" line="502" />
      <source>Travel-to-work areas: the iteration stopped after {0} steps without converging (it would have repeated itself, or reached 50 steps per zone); the regions left invalid are named in the next warning.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/labour_markets.py" line="552" />
      <source>{0} zone(s) on the reserve list have no commuting with any region and form {1} region(s) of their own: {2}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/labour_markets.py" line="563" />
      <source>{0} region(s) do not meet the validity condition: {1}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/labour_markets.py" line="677" />
      <source>{0} part(s) of regions have no neighbouring zone in another region (islands) and stay where they are.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/labour_markets.py" line="680" />
      <source>{0} zone(s) moved to a neighbouring region so that every region is one piece: {1}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/network.py" line="896" />
      <source>Network: {0} links, {1} nodes; main network {2} links, {3} island(s) with {4} links, {5} loose link(s); {6} closed loop(s) or links shorter than the tolerance left out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/rules.py" line="83" />
      <source>the rule set holds no rules</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/rules.py" line="90" />
      <source>rule id '{0}' is used twice (also on line {1})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/rules.py" line="119" />
      <source>unknown relation '{0}'; expected one of {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/rules.py" line="122" />
      <source>unknown severity '{0}'; expected one of {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/rules.py" line="125" />
      <source>unknown theme role '{0}'; expected one of {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/rules.py" line="129" />
      <source>no plan category given</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/rules.py" line="130" />
      <source>no theme category given</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/rules.py" line="135" />
      <source>an empty category between '|' in '{0}'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/rules.py" line="149" />
      <source>rule id '{0}' is used twice (also on row {1})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/rules.py" line="169" />
      <source>relation '{0}' takes no distance, found '{1}'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/rules.py" line="172" />
      <source>relation '{0}' needs a distance in metres</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/rules.py" line="176" />
      <source>'{0}' is not a number of metres</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/rules.py" line="178" />
      <source>the distance must be a positive number of metres, found '{0}'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/table_files.py" line="26" />
      <source>{0}, column '{1}'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/table_files.py" line="28" />
      <source>{0}, line {1}, column '{2}'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/table_files.py" line="30" />
      <source>{0}, line {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/table_files.py" line="41" />
      <source>cannot be read: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/table_files.py" line="63" />
      <source>the file is empty; expected a header line with {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/table_files.py" line="70" />
      <source>missing column(s): {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/table_files.py" line="73" />
      <source>unknown column '{0}'; expected {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/table_files.py" line="80" />
      <source>expected {0} fields, found {1} (a missing quote or delimiter?)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="90" />
      <source>Accessibility between city and countryside</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="93" />
      <source>Networks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="99" />
      <source>accessibility,tillgänglighet,pipos,network,population,centre,service,travel time,restid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="102" />
      <source>Measures how far the population lives from the nearest centre or service over the network, as Tillväxtverket's Pipos reports accessibility: per population feature the nearest destination by distance and the quickest by time (they may differ), the network distance to the one and the travel time to the other including the connector, and flags for the thresholds (by default 5 and 10 km, 30 and 45 minutes); per municipality the population-weighted mean and median, the share within each threshold and the people beyond it, all of the people who reach a destination; those who reach none are counted apart (population_unreached).

&lt;b&gt;Inputs.&lt;/b&gt; The network as for the weak links (snap tolerance, grade separation, one-way, speeds by field or by class; without speeds only distances). Population: points or a 250 m grid with a population field, read at a point inside each feature. Destinations: centres or services, optionally only those of some categories or of at least a size (for example tätorter of at least 3,000 inhabitants). Population and destinations join the network at the nearest point of the nearest link within the longest connector; the connector counts at its length, and at the connector speed for times. Municipalities (optional) group the results.

&lt;b&gt;Method.&lt;/b&gt; One multi-source Dijkstra from all destinations at once (each a virtual node joined to its link's ends) on the reversed network gives every node its nearest destination, instead of one search per origin as QNEAT3's OD matrix does; the same answers, in one pass.

&lt;b&gt;Before and after.&lt;/b&gt; With a planned link added (a line layer joined at shared vertices, and partway along a road where it ends on one), links cut (by feature id, or where they meet a cut layer), the same run on the changed network gives the difference per population feature and per municipality (after minus before; negative is closer).

&lt;b&gt;Iso-areas (optional).&lt;/b&gt; Per destination and threshold, the area from which the destination is reached within the threshold: a search from each destination (bounded by the largest threshold) gives every node its cost to it, the destination's connector included; every link is cut where the cost reaches the threshold (over either end as its direction allows, or straight along the destination's own link), and the reached parts are buffered by the iso-area buffer and merged into one polygon. The buffer stands for the people's own way to the road, which is not counted. Computed only when the output is asked for: one search per destination.

Sources: Tillväxtverket, Pipos (tillgänglighetsanalyser); Dijkstra (1959).

Input layers are never modified.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="138" />
      <source>Population (points or grid polygons)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="139" />
      <source>Population field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="142" />
      <source>Destinations (centres or services)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="143" />
      <source>Destination name field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="145" />
      <source>Destination size field (e.g. population)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="147" />
      <source>Smallest destination size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="149" />
      <source>Destination category field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="151" />
      <source>Destination categories to keep (separated by ';')</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="154" />
      <source>Municipalities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="155" />
      <source>Municipality name field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="157" />
      <source>Connector speed (km/h)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="159" />
      <source>Distance thresholds (km)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="160" />
      <source>Time thresholds (minutes)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="162" />
      <source>Changed network: planned links to add</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="164" />
      <source>Changed network: feature ids of network lines to cut (separated by ';')</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="166" />
      <source>Changed network: lines meeting these features are cut</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="168" />
      <source>Iso-area buffer around reached links (m)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="171" />
      <source>Accessibility per population feature</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="172" />
      <source>Accessibility per municipality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="174" />
      <source>Change per population feature</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="176" />
      <source>Change per municipality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="178" />
      <source>Iso-areas per destination and threshold</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="186" />
      <source>Distance thresholds must be positive numbers separated by ';'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="188" />
      <source>Time thresholds must be positive numbers separated by ';'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="213" />
      <source>Iso-areas: one search per destination ({0}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="222" />
      <source>Changed network: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="240" />
      <source>Population-weighted mean distance to the nearest destination: {0:.1f} km, for the {1} people who reach one; {2} reach none.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="263" />
      <source>Destinations: {0} of {1} features of '{2}' kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="265" />
      <source>No destination of layer '{0}' passes the size and category filters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="283" />
      <source>Feature ids to cut must be whole numbers separated by ';'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="286" />
      <source>No line of the network layer '{0}' has the feature id(s) {1}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/accessibility.py" line="307" />
      <source>Changed network: {0} line(s) cut, {1} added.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/area_disruption.py" line="57" />
      <source>Area disruptions (floods, landslides)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/area_disruption.py" line="66" />
      <source>network,road,flood,hazard,disruption,vulnerability,översvämning,skred,sårbarhet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/area_disruption.py" line="69" />
      <source>What a flood, a landslide or any hazard area does to a road or rail network: every link inside or crossing an area is closed, one area at a time (or one group of areas, by a group field), with all other links open.

&lt;b&gt;Per area.&lt;/b&gt; links_closed and length_closed_km; pop_cut_off: the people who reach a centre with every link open but none with the area's links closed; pop_delayed and pop_added: the people whose way to the nearest centre gets longer, and the sum of the added minutes (person-km without speeds); trips, trips_lost, total_delay (trip-hours, or trip-km) and delay_per_trip (minutes, or km): the trips between the population features, from the OD table or the gravity model, that can no longer be made and the added travel time of the rest.

&lt;b&gt;Per population feature&lt;/b&gt; (only those an area touches): keeps_route (1: still reaches a centre), the cost to the nearest centre before and after, and the difference (minutes, or km without speeds).

&lt;b&gt;Method.&lt;/b&gt; Area-covering disruptions as Jenelius &amp; Mattsson (2012) define them, with the hazard overlay of ra2ce (Deltares): the answer for each area equals removing its links and searching again. Costs to the centres come from one multi-source search per area; trips are searched again only from the zones whose shortest-path tree uses a closed link. Population and centres join the nearer end of their nearest link within the longest connector. A hazard layer in another CRS is transformed to the analysis CRS. Input layers are never modified.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/area_disruption.py" line="92" />
      <source>Hazard areas (e.g. 100-year flood zone)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/area_disruption.py" line="93" />
      <source>Area name field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/area_disruption.py" line="95" />
      <source>Group field (areas with the same value close together)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/area_disruption.py" line="96" />
      <source>Trips for trips lost and added travel time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/area_disruption.py" line="97" />
      <source>Disruption per area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/area_disruption.py" line="99" />
      <source>Population features per area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/area_disruption.py" line="101" />
      <source>Links closed per area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/area_disruption.py" line="112" />
      <source>No area of layer '{0}' touches the network '{1}': nothing would close. Check that both cover the same region.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/area_disruption.py" line="135" />
      <source>{0} area(s); the most people cut off: {1} by '{2}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/area_disruption.py" line="151" />
      <source>Layer '{0}' has no polygons: hazard areas must be polygons.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/base.py" line="69" />
      <source>{0} is left as GDAL wrote it (',' and decimal points): {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/base.py" line="74" />
      <source>Cancelled: no output was written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/base.py" line="180" />
      <source>The output '{0}' cannot be written: the folder {1} is read-only. Choose another folder.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/base.py" line="187" />
      <source>The output '{0}' ({1}) would overwrite the input '{2}' (layer '{3}', {4}). Choose another file for the output.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/border_coherence.py" line="58" />
      <source>Coherence across municipal borders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/border_coherence.py" line="61" />
      <source>Plan drafts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/border_coherence.py" line="67" />
      <source>Finds where one municipality's planned use meets an incompatible planned use in a neighbouring municipality (PBL 3 kap. 5 §: an översiktsplan shows how mellankommunala frågor are coordinated).

&lt;b&gt;Method.&lt;/b&gt; Incompatibility comes from the rule set: a rule with the relation overlaps or within_distance applies when one of its theme categories names an ÖP-modell plan category, exactly or as its last word ('bostadsbebyggelse' names 'Sammanhängande bostadsbebyggelse'; in the default rule set IND-01, industry within 200 m of housing). Each plan area belongs to the municipality holding its largest part. A pair is listed when the rule's plan side and theme side lie in different municipalities within the rule's distance (overlaps: touching), or within the search distance where that is larger.

&lt;b&gt;Output.&lt;/b&gt; One row per rule and pair: both features (layer, id, key, category), both municipalities, the distance, the rule's severity, message and basis; the geometry holds both features, so the map shows them side by side.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/border_coherence.py" line="83" />
      <source>Plan draft (areas)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/border_coherence.py" line="85" />
      <source>Plan category field (ÖP-modell land use)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/border_coherence.py" line="87" />
      <source>Plan feature identifier field (stable key carried into the results)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/border_coherence.py" line="90" />
      <source>Category mapping (CSV: draft_category, op_category)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/border_coherence.py" line="92" />
      <source>Rule set (CSV; empty = the bundled default)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/border_coherence.py" line="98" />
      <source>Search distance (m; 0 = each rule's own distance)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/border_coherence.py" line="99" />
      <source>Analysis CRS (projected, metres)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/border_coherence.py" line="101" />
      <source>Language of the messages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/border_coherence.py" line="103" />
      <source>Incompatible uses across borders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/border_coherence.py" line="104" />
      <source>Number of pairs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/border_coherence.py" line="112" />
      <source>No rule of the rule set names a plan category on its theme side: nothing can be found.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/border_coherence.py" line="130" />
      <source>{0} pair(s) of incompatible planned uses across municipal borders.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/commuting_flows.py" line="56" />
      <source>Commuting flow lines and border crossings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/commuting_flows.py" line="59" />
      <source>Functional linkages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/commuting_flows.py" line="65" />
      <source>commuting,pendling,flow,flöde,border,gräns,kommun,län,region</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/commuting_flows.py" line="68" />
      <source>Draws the commuting between zones as lines and tells which flows cross municipal, county and regional borders.

&lt;b&gt;Inputs.&lt;/b&gt; Zones with a code field and a commuting table (a CSV file or any QGIS table: residence code, workplace code, number of employed), checked as in 'Functional regions from commuting'. Optionally up to three polygon layers of areas whose borders count: municipalities, counties and regions (for example the functional regions), each with a code field.

&lt;b&gt;Method.&lt;/b&gt; Each zone is represented by a point inside it (GEOS point on surface, which unlike the centroid always lies inside the zone). For every pair of zones with commuting there is one line, drawn from the zone that sends more to the zone that sends less: flow_from_to and flow_to_from are the two directions, gross their sum, net their difference. The chosen measure (gross or net) is the field 'flow' that the line width shows; lines below the minimum count are left out, and with a top-N only the N largest are kept (ties by code). A flow crosses a border when its two zones' points lie in different areas of that layer (null without that layer). Commuting inside a zone has no line.

&lt;b&gt;Outputs.&lt;/b&gt; The flow lines, styled with a width that grows with the flow; and the zones with their employed residents, jobs, out- and in-commuters, and for each kind of border the commuters out and in that cross it, as counts and as shares of the employed residents (out) and of the jobs (in). The zone figures count every flow, filtered or not. Sources: commuting statistics as SCB publishes them (RAMS / BAS, pendling mellan kommuner).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/commuting_flows.py" line="89" />
      <source>Line width and filters by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/commuting_flows.py" line="90" />
      <source>Gross flow (both directions)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/commuting_flows.py" line="90" />
      <source>Net flow</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/commuting_flows.py" line="91" />
      <source>Minimum flow for a line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/commuting_flows.py" line="93" />
      <source>Only the N largest flows (0 = all)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/commuting_flows.py" line="96" />
      <source>Municipalities (borders to flag)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/commuting_flows.py" line="96" />
      <source>Counties (borders to flag)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/commuting_flows.py" line="97" />
      <source>Regions (borders to flag)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/commuting_flows.py" line="99" />
      <source>Code field of {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/commuting_flows.py" line="101" />
      <source>Commuting flows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/commuting_flows.py" line="102" />
      <source>Zones: commuting across borders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/commuting_flows.py" line="124" />
      <source>{0} flow lines written (of the pairs of zones with commuting between them).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/commuting_inputs.py" line="32" />
      <source>Zones (municipalities or statistical areas)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/commuting_inputs.py" line="34" />
      <source>Zone code field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/commuting_inputs.py" line="35" />
      <source>Zone name field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/commuting_inputs.py" line="36" />
      <source>Commuting table as a CSV file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/commuting_inputs.py" line="37" />
      <source>Commuting table as a layer (any table)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/commuting_inputs.py" line="39" />
      <source>Column of the residence zone code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/commuting_inputs.py" line="40" />
      <source>Column of the workplace zone code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/commuting_inputs.py" line="41" />
      <source>Column of the number of employed commuters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/commuting_inputs.py" line="57" />
      <source>Layer '{0}' (zones) has no features.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/commuting_inputs.py" line="61" />
      <source>Give the commuting table either as a CSV file or as a layer, not both.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/commuting_inputs.py" line="63" />
      <source>Give the commuting table: a CSV file or a table layer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/compare_drafts.py" line="77" />
      <source>Compare plan draft versions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/compare_drafts.py" line="86" />
      <source>Sets two or more versions of a plan draft side by side: what changed, and indicators per version computed by the same engine as the other Samplan algorithms.

&lt;b&gt;Changes.&lt;/b&gt; Every later version against the first, by overlay (identifiers need not match): added (planned now, not in the first version), removed, and category changed, each with its area in m².

&lt;b&gt;Indicators&lt;/b&gt; (one column per version and one for the last minus the first): area by ÖP-modell category (km²); new development (Mångfunktionell bebyggelse, Sammanhängande bostadsbebyggelse, Verksamheter och industri, Utbyggnadsområde, minus existing settlement where given) on agricultural land (MB 3 kap. 4 §), in flood zones (PBL 2 kap. 5 §) and in protected nature (MB 7 kap.); the share of new housing within 1 km of a railway station or 400 m of a stop with at least the given weekday departures (every stop needs a number of departures in the departures field; one without is refused, with its feature id) (after the regional transport authorities' and Boverket's guidance on transit-oriented planning); conflict check results per severity under the rule set (the same check as samplan:conflictcheck, with the theme layers given in the four roles); incompatible uses across municipal borders (as samplan:bordercoherence); and, with barrier layers and municipalities, the effective mesh size of the whole region after the plan and its change (Jaeger 2000, as samplan:fragmentation).

&lt;b&gt;Input checks.&lt;/b&gt; Each version is a polygon layer (its name is the version's name unless names are given) with optional corridors in the same order; versions in other CRSs are transformed; an empty version, or one with categories that are not ÖP-modell categories (map them with a category mapping), is refused with its name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/compare_drafts.py" line="110" />
      <source>Plan draft versions (areas; the first is the base)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/compare_drafts.py" line="112" />
      <source>Corridors of each version (lines, in the same order)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/compare_drafts.py" line="114" />
      <source>Version names (separated by ';'; empty = the layer names)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/compare_drafts.py" line="118" />
      <source>Agricultural land</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/compare_drafts.py" line="118" />
      <source>Flood zones</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/compare_drafts.py" line="119" />
      <source>Protected nature (nature reserves, Natura 2000)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/compare_drafts.py" line="120" />
      <source>Existing settlement (not counted as new development)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/compare_drafts.py" line="123" />
      <source>Railway stations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/compare_drafts.py" line="124" />
      <source>Stops</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/compare_drafts.py" line="126" />
      <source>Field of the stops' weekday departures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/compare_drafts.py" line="128" />
      <source>Minimum weekday departures of a frequent stop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/compare_drafts.py" line="129" />
      <source>Settlement layers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/compare_drafts.py" line="129" />
      <source>Infrastructure layers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/compare_drafts.py" line="130" />
      <source>Green-blue structure layers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/compare_drafts.py" line="130" />
      <source>Other layers (riksintressen, risk)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/compare_drafts.py" line="133" />
      <source>Theme category field (else the layer name)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/compare_drafts.py" line="141" />
      <source>Search distance across borders (m; 0 = each rule's own distance)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/compare_drafts.py" line="144" />
      <source>Barrier lines for the effective mesh size (roads, railways)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/compare_drafts.py" line="147" />
      <source>Barrier areas for the effective mesh size (settlement)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/compare_drafts.py" line="150" />
      <source>Barrier widths by category (category=metres; …)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/compare_drafts.py" line="155" />
      <source>Changes between versions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/compare_drafts.py" line="156" />
      <source>Indicators per version</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/compare_drafts.py" line="197" />
      <source>{0}: {1:.0f} m²</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/compare_drafts.py" line="205" />
      <source>{0} version layer(s) but {1} corridor layer(s): give one corridor layer per version, in the same order, or none.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/compare_drafts.py" line="210" />
      <source>{0} version name(s) for {1} version layer(s).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/compare_drafts.py" line="219" />
      <source>Layer '{0}' is not a vector layer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/compare_drafts.py" line="238" />
      <source>The effective mesh size needs the municipalities as reporting units: it is left out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="100" />
      <source>Coordination conflict check</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="103" />
      <source>Coordination</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="109" />
      <source>conflict,coordination,plan,översiktsplan,regionplan,natura 2000,flood,rules</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="112" />
      <source>Checks a plan draft against theme layers with a rule set and lists every coordination conflict, warning and opportunity: one row per rule, plan feature and theme feature, with the geometry where they meet.

&lt;b&gt;Inputs.&lt;/b&gt; The plan draft: a polygon or line layer with a land-use field in the categories of Boverket's ÖP-modell 2.1, and optionally a second layer of planned corridors (lines) with the same field. Theme layers in four roles: settlement, infrastructure, green-blue and other. A theme feature's category is the value of the theme category field where the layer has it, else the layer's name. The rule set is a CSV table (the bundled default, or your own: id, plan_category, theme_role, theme_category, relation, distance_m, severity, message_sv, message_en, basis; several categories separated by '|'). If the draft uses words of its own, a category mapping (a CSV with the columns draft_category and op_category, kept beside the draft and reused) maps them onto ÖP-modell categories once; words no rule applies to are named in the log. An optional municipalities layer attributes each result to the municipality holding its largest part. Everything is computed in the analysis CRS (SWEREF 99 TM by default); inputs in other CRSs are transformed, and a geographic CRS is refused.

&lt;b&gt;Relations.&lt;/b&gt; overlaps: the interiors meet (area of the overlap and its share of the plan feature; for lines the length inside; a line along a border does not count). within_distance: the part of the plan feature within the distance of the theme feature, and the minimum distance (a distance exactly at the threshold counts). not_within_distance: plan features farther than the distance from every theme feature of the category, a coordination gap (for example housing more than 1 km from a station). crosses: a planned line crossing a theme polygon (length inside) or a theme line (crossing points).

&lt;b&gt;Outputs.&lt;/b&gt; Conflicts as areas, lines and points (styled by severity), a summary per rule, severity and municipality (count, area, length), the rule set used and the run's parameters. Invalid geometries are repaired and null geometries skipped, both reported in the log; input layers are never modified. The default rule set cites the legal or policy basis of each rule (Miljöbalken, Plan- och bygglagen, the county boards' guidance on dangerous goods).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="139" />
      <source>&lt;b&gt;Reviews.&lt;/b&gt; Every result has a key made of its rule, its two features and its geometry. Given the conflict layers of an earlier run (advanced parameter), the status, comment, reviewer and time of each unchanged conflict are carried over, and the others are marked new, as the conflict inspector does on a re-run. An advanced parameter also takes a category field per theme layer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="148" />
      <source>Plan draft (areas or lines)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="152" />
      <source>Planned corridors (lines, same category field)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="166" />
      <source>Category field per theme layer (JSON: {"layer name or id": "field"}), overriding the above</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="171" />
      <source>Theme feature identifier field, where a layer has it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="179" />
      <source>Previous results whose reviews are kept (conflict layers of an earlier run)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="185" />
      <source>Count a feature that repeats another exactly (same geometry and category) once</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="192" />
      <source>Conflicts (areas)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="195" />
      <source>Conflicts (lines)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="196" />
      <source>Conflicts (points)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="197" />
      <source>Summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="198" />
      <source>Rule set used</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="199" />
      <source>Run parameters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="202" />
      <source>Number of results</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="233" />
      <source>The plan draft is empty: the result is empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="251" />
      <source>Results: {0} conflict(s), {1} warning(s), {2} opportunity(ies).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="257" />
      <source>Time per step: reading {0} s, spatial indexes {1} s, measuring {2} s, writing {3} s.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="271" />
      <source>Reviews: {0} unchanged conflict(s) keep their review, {1} are new.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="273" />
      <source>{0} reviewed conflict(s) of the previous results are no longer found.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="283" />
      <source>The category field per theme layer is not valid JSON: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="285" />
      <source>The category field per theme layer must map layer names to field names.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="301" />
      <source>Layer '{0}' has no field '{1}'. Its fields are: {2}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="309" />
      <source>Plan draft layer '{0}' has no features with a geometry: it adds no results.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="331" />
      <source>Theme layer '{0}' is not a vector layer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="344" />
      <source>Theme layer '{0}' has no field '{1}': its category is its name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="346" />
      <source>{0} ({1}): {2} features read. Only those within reach of the plan were asked for: a spatial filter the data source applied; the layer holds {3}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="350" />
      <source>{0} ({1}): {2} features read.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="363" />
      <source>Rule {0}: the plan category {1} is no ÖP-modell category and no plan feature has it, so the rule never applies to it. Is it misspelt?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/conflict_check.py" line="378" />
      <source>Two input layers are named '{0}': the second is called '{1}' in the results.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/demand_parameters.py" line="39" />
      <source>Zone id field (for the OD table)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/demand_parameters.py" line="41" />
      <source>Centres (population cut off from all of them counts)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/demand_parameters.py" line="44" />
      <source>None</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/demand_parameters.py" line="44" />
      <source>Gravity model from the population</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/demand_parameters.py" line="44" />
      <source>OD table</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/demand_parameters.py" line="46" />
      <source>OD table (CSV: origin, destination, trips)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/demand_parameters.py" line="48" />
      <source>Trips per person (gravity model)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/demand_parameters.py" line="50" />
      <source>Distance decay (per minute, or per km without speeds)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/demand_parameters.py" line="76" />
      <source>No population field: each population feature counts as one person.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/demand_parameters.py" line="89" />
      <source>Trips from an OD table need the OD table.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/demand_parameters.py" line="91" />
      <source>Trips from an OD table need the population layer and its zone id field.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/demand_parameters.py" line="95" />
      <source>The OD table cannot be used: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/demand_parameters.py" line="98" />
      <source>No population layer: link importance by demand is left out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/fragmentation.py" line="80" />
      <source>Effective mesh size (fragmentation)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/fragmentation.py" line="83" />
      <source>Green-blue structure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/fragmentation.py" line="89" />
      <source>fragmentation,effective mesh size,m_eff,jaeger,cbc,green infrastructure,grön infrastruktur</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/fragmentation.py" line="92" />
      <source>Measures how barriers cut the landscape into patches, per reporting unit, before and after a plan draft.

&lt;b&gt;Method.&lt;/b&gt; The effective mesh size m_eff (Jaeger 2000) is (1/A_total) Σ A_i², where A_i is the area of patch i inside the unit and A_total the unit's area: the size of the area two random points of the unit can reach without crossing a barrier. The cross-boundary connections variant m_eff_CBC (Moser et al. 2007) is (1/A_total) Σ A_i · A_i_cmpl, where A_i_cmpl is the whole patch's area including its parts outside the unit, so that a unit's border does not count as a barrier. The effective mesh density s_eff = 1000 / m_eff is the number of meshes per 1000 km² (as in the European Environment Agency's fragmentation reports, EEA Report 2/2011).

&lt;b&gt;Inputs.&lt;/b&gt; Reporting units (municipalities) or, without them, a square grid of the given size. Barrier lines (roads, railways) widened by their category's width (category=width in metres; categories not listed get the default width) and barrier areas (settlement). Optionally habitat areas: the landscape is then the habitat, also beyond the units up to the context distance (default 10 km), so that a patch reaching past the study area's edge keeps its whole area in m_eff_CBC (the barrier layers should cover that band too; 0 = clip at the units). Without habitat the landscape is the units' whole area, and m_eff_CBC counts connections across the units' shared borders only. The plan draft's development areas (Mångfunktionell bebyggelse, Sammanhängande bostadsbebyggelse, Verksamheter och industri, Transportinfrastruktur, Teknisk anläggning, Utbyggnadsområde) and its planned Transportinfrastruktur lines become barriers for the 'after' state; a plan category that is not an ÖP-modell category is refused, with the feature ids (map a draft's own words with a category mapping CSV: draft_category, op_category). Ecological links and green wedges give the cut points.

&lt;b&gt;Outputs.&lt;/b&gt; Per unit: m_eff and m_eff_CBC in km² before and after, their change (km² and %), s_eff, and the number of patch pieces. The points where planned lines cut ecological links (each crossing) or green wedges (the middle of each stretch inside, with its length). The patches after the plan.

Sources: Jaeger, J. A. G. (2000) Landscape Ecology 15:115–130; Moser, B. et al. (2007) Landscape Ecology 22:447–459; EEA &amp; FOEN (2011) Landscape fragmentation in Europe, EEA Report 2/2011.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/fragmentation.py" line="122" />
      <source>Reporting units (municipalities)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/fragmentation.py" line="124" />
      <source>Unit name field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/fragmentation.py" line="126" />
      <source>Grid cell size (m), used without reporting units</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/fragmentation.py" line="128" />
      <source>Barrier lines (roads, railways)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/fragmentation.py" line="130" />
      <source>Barrier areas (settlement)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/fragmentation.py" line="132" />
      <source>Barrier category field (else the layer name)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/fragmentation.py" line="136" />
      <source>Width of lines of other categories (m)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/fragmentation.py" line="138" />
      <source>Habitat areas (empty = the whole unit)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/fragmentation.py" line="140" />
      <source>Habitat counted beyond the units for whole patches (m)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/fragmentation.py" line="145" />
      <source>Planned corridors (lines)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/fragmentation.py" line="151" />
      <source>Ecological links and green wedges</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/fragmentation.py" line="153" />
      <source>Effective mesh size per unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/fragmentation.py" line="155" />
      <source>Planned lines cutting links and wedges</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/fragmentation.py" line="157" />
      <source>Patches after the plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/fragmentation.py" line="204" />
      <source>{0}: m_eff {1:.2f} → {2:.2f} km², m_eff_CBC {3:.2f} → {4:.2f} km².</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/fragmentation.py" line="211" />
      <source>Give reporting units, or barrier, habitat or plan layers whose extent the grid covers.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/fragmentation.py" line="218" />
      <source>The grid of {0} m cells over the extent of the inputs would have {1:.3g} cells (at most {2}): a feature lies far from the others, or give reporting units. Extents (m): {3}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/functional_regions.py" line="63" />
      <source>Functional regions from commuting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/functional_regions.py" line="72" />
      <source>commuting,pendling,labour market,lokala arbetsmarknader,LA,travel to work area,TTWA,LMA,region</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/functional_regions.py" line="75" />
      <source>Groups zones into functional regions by the commuting between them.

&lt;b&gt;Inputs.&lt;/b&gt; A zones layer (municipalities, or smaller areas such as DeSO) with a code field, and a commuting table: a CSV file (',' or ';' separated) or any QGIS table, with the columns residence code, workplace code and number of employed (by default bostadskommun, arbetskommun, antal; commuters working in their own zone are a row with both codes equal). Counts must be whole numbers of at least zero: an empty, non-numeric, negative or fractional count (such as 12,5, or "1,234" with an English thousands separator) stops the run and names its line (or feature). Pairs that occur twice are summed, with a warning. Codes in the table that are not among the zones are listed in a warning and their flows left out; a table in which no row has both codes among the zones is refused, naming the codes read and the zones' codes. Zones with no commuting at all stay regions of their own. SCB's database exports are read as published: UTF-8 (with or without byte order mark) or Windows-1252, title lines before the header, SCB's column names (arbetsställekommun, bostadsdeso, …) when the named columns are missing, a year column as the count (with several years, give the year as the count column), only the total rows of a sex column (kön), cells with code and name ('2505 Arvidsjaur' is 2505) and codes that differ from the zones' codes only by leading zeros. DeSO and RegSO zones work as municipalities do; SCB's rule is made for municipalities, and with small zones travel-to-work areas are the method to use.

&lt;b&gt;SCB's local labour markets.&lt;/b&gt; A zone is a centre when at most 20 % of its employed residents work in other zones and no single flow to another zone exceeds 7.5 % of them (both thresholds are parameters). Every other zone links to the zone receiving its largest outflow (a zone without employed residents: the zone sending it the most commuters). A zone joins the centre its link reaches, or the centre reached by its link's own link: at most two links. A zone that reaches no centre in two links is not carried a third step: it becomes a region of its own (role 'unlinked', named in the log). Two non-centres whose links point at each other form one region, centred on the one with more jobs. Ties go to the lower code.

&lt;b&gt;Travel-to-work areas&lt;/b&gt; by the method of Coombes and Bond (2008), following Istat's R package LabourMarketAreas, function findClusters (Franconi, D'Alò and Ichim 2016). For an area: size = employed residents, supply-side self-containment SC_s = commuters living and working in it / its employed residents, demand-side SC_d = the same / its jobs. Validity = min(min(SC_s, SC_d)/tarSC, 1) · [1 − (1 − minSC/tarSC) · max((tarSZ − size)/(tarSZ − minSZ), 0)] · tarSC/minSC, and 1 for a fully self-contained area; an area is valid when its validity is at least 1. Defaults: minSZ 1000, minSC 0.6667, tarSZ 10000, tarSC 0.75. Every zone starts as an area of its own. Each iteration takes the area with the lowest validity (then the lowest code) until it is valid. An area of one zone is dissolved: the zone joins the area with the highest linkage T_ij²/(R_i·W_j) + T_ji²/(R_j·W_i) if that does not lower the validity of that area; otherwise, or with no flow to any area, the zone goes to a reserve list. An area of several zones gives up one zone per iteration, the first in Istat's order (commuters from outside the area working in the zone + the zone's employed residents working in other zones, the largest first), under the same condition; the rest stays together. The reserve zones stay out until the iteration has converged, then join the area of highest linkage (without the condition, as in the package). Zones without any link to an area form areas of their own, named in the log, as is any area still invalid at the end. Ties go to the lower code; the iteration also stops (with a warning) if it would repeat itself.

&lt;b&gt;Compatibility&lt;/b&gt; (travel-to-work areas). &lt;i&gt;Istat's LabourMarketAreas package&lt;/i&gt; (the default, so that results can be compared with Istat's and Eurostat's published labour market areas) does what findClusters in version 3.4 of the package does: zones with only employed residents or only jobs among the zones (and zones whose only commuting is within themselves) are set aside before the iteration with all their flows, repeated until none is left; each stays a region of its own (role 'set aside', named in the log); and the reserve list is assigned in descending code order. &lt;i&gt;Published algorithm&lt;/i&gt;: every zone with commuting takes part, and the reserve list is assigned in ascending code order. In both, Samplan does not repeat a defect of the package: after an area has given up a zone, findClusters renumbers the area's remaining zones after it has summed its tables by area, so in the next iteration that area's validity is computed from unsummed rows (in Istat's Sardinia data 0.0042 instead of 0.8916) and the area can be broken up although it is nearly valid. This changes a result only where an area gives up a zone and stays invalid; on Istat's Sardinia data the package then gives 36 areas and Samplan 37; with that one summing step added to the package, both give the same 37 areas. Optionally, parts of a region cut off from its main part (by shared borders) then join the neighbouring region with the highest linkage.

&lt;b&gt;Outputs.&lt;/b&gt; Region polygons (the union of their zones) with centre (SCB: the centre zone; travel-to-work areas: the zone with the most jobs), number of zones, employed residents, jobs, commuters inside, self-containment on both sides and validity; a zone-to-region table with each zone's role; a quality summary: number of regions, share of all commuting inside regions, and modularity (directed, weighted, Leicht and Newman 2008). Sources: SCB, Lokala arbetsmarknader (method description); Coombes and Bond (2008), Travel-to-Work Areas: the 2007 review, ONS; Franconi, D'Alò and Ichim (2016), Istat implementation of the algorithm to develop Labour Market Areas; R package LabourMarketAreas (Istat).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/functional_regions.py" line="140" />
      <source>Method</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/functional_regions.py" line="140" />
      <source>SCB local labour markets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/functional_regions.py" line="140" />
      <source>Travel-to-work areas (Coombes &amp; Bond, Istat)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/functional_regions.py" line="143" />
      <source>Travel-to-work areas: compatibility</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/functional_regions.py" line="144" />
      <source>Istat's LabourMarketAreas package (as findClusters 3.4)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/functional_regions.py" line="144" />
      <source>Published algorithm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/functional_regions.py" line="146" />
      <source>SCB: largest share of employed residents working elsewhere for a centre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/functional_regions.py" line="147" />
      <source>SCB: largest single outflow for a centre (share of employed residents)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/functional_regions.py" line="148" />
      <source>Travel-to-work areas: minimum self-containment (minSC)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/functional_regions.py" line="149" />
      <source>Travel-to-work areas: target self-containment (tarSC)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/functional_regions.py" line="153" />
      <source>Travel-to-work areas: minimum size, employed residents (minSZ)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/functional_regions.py" line="154" />
      <source>Travel-to-work areas: target size, employed residents (tarSZ)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/functional_regions.py" line="157" />
      <source>Make every region one contiguous piece afterwards</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/functional_regions.py" line="160" />
      <source>Functional regions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/functional_regions.py" line="161" />
      <source>Zones and their regions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/functional_regions.py" line="163" />
      <source>Quality summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/functional_regions.py" line="165" />
      <source>Number of regions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/functional_regions.py" line="166" />
      <source>Share of all commuting inside regions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/functional_regions.py" line="167" />
      <source>Modularity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/functional_regions.py" line="181" />
      <source>{0} zones, {1} commuters, {2} pairs of zones with commuting.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/functional_regions.py" line="215" />
      <source>{0} regions; {1:.1%} of all commuting stays inside them; modularity {2:.3f}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/inputs.py" line="83" />
      <source>Municipalities layer '{0}' has no text field to name the municipalities; choose the municipality name field.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/inputs.py" line="85" />
      <source>Municipalities layer '{0}': names taken from the field '{1}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/inputs.py" line="91" />
      <source>Layer '{0}': {1} unit(s) have no name in the field '{2}' (feature ids {3}). Name them, or choose another name field.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/inputs.py" line="101" />
      <source>The rule set cannot be used: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/inputs.py" line="109" />
      <source>The category mapping cannot be used: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/link_criticality.py" line="47" />
      <source>Weak links and redundancy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/link_criticality.py" line="56" />
      <source>network,road,rail,bridge,redundancy,detour,vulnerability,criticality,sårbarhet,omväg</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/link_criticality.py" line="59" />
      <source>Finds the weak links of a road or rail network: where a closed link leaves no way round, how long the detour is where there is one, how many people it cuts off from the centres, and how much it matters to the trips made on the network.

&lt;b&gt;Network.&lt;/b&gt; Lines are joined where they share a vertex (within the snap tolerance). A line marked in the grade separation field (bridge, tunnel) joins other lines only at its own ends, so a bridge over a road is no junction. Links run between junctions. Results are per stretch: links that meet only each other at a node are one stretch (unless a field to keep stretches apart differs there, or the one-way direction changes), so a road gives the same results however its lines are cut; source_fid and fid_list name each stretch's input features. The network's parts are reported as Tillväxtverket's Pipos prepares its road network: the main network, islands and loose links. With a speed field or speeds by class, costs are travel times; otherwise distances.

&lt;b&gt;Per link.&lt;/b&gt; is_bridge: no alternative route exists (a bridge in the graph sense, found with Tarjan's algorithm, on the network without directions); no_way_back: a one-way stretch with no route back at all. The best alternative route between the link's ends when it is closed, in metres and seconds, the extra length and time, and the detour ratio (empty where there is none); the result is exactly what closing every link and searching again gives, computed in batches of bounded searches. pop_cut_off: the people separated from every centre when the link is closed. importance, total_delay and unsatisfied_trips: link importance weighted by demand as Jenelius, Petersen &amp; Mattsson (2006) and Jenelius &amp; Mattsson (2012) define it: the increase in total travel time of all trips when the link is closed (total_delay in trip hours, importance per trip in minutes), with the trips that can no longer be made reported apart. Trips come from an OD table (CSV: origin, destination, trips, by the zone id field) or from the population by a production-constrained gravity model (trips per person, exponential decay per minute or per km). rank: 1 is the weakest link (most people cut off, most trips lost, largest delay, bridges, longest detour).

&lt;b&gt;Per node.&lt;/b&gt; Articulation points (a node whose closing splits the network) and the people they cut off.

Population (points, or grid polygons read at a point inside each) and centres join the network at the nearest link within the longest connector; population at a node counts for the nodes and links around it. Input layers are never modified.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/link_criticality.py" line="92" />
      <source>Trips for link importance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/link_criticality.py" line="93" />
      <source>Links</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/link_criticality.py" line="95" />
      <source>Articulation points</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/link_criticality.py" line="96" />
      <source>Number of bridges (links without alternative)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/link_criticality.py" line="134" />
      <source>{0} bridge(s) without alternative route, {1} articulation point(s).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/network_parameters.py" line="36" />
      <source>Network (road or rail lines)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/network_parameters.py" line="37" />
      <source>Speed field (km/h)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/network_parameters.py" line="38" />
      <source>Road class field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/network_parameters.py" line="40" />
      <source>Speeds by class (class=km/h; separated by ';'), for links without a speed of their own</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/network_parameters.py" line="42" />
      <source>Speed where neither the link nor its class gives one (km/h)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/network_parameters.py" line="44" />
      <source>One-way field (yes/1/F: along the line, -1/T: against it)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/network_parameters.py" line="46" />
      <source>Grade separation field (bridge, tunnel: joins other lines only at its ends)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/network_parameters.py" line="48" />
      <source>Snap tolerance: line ends and vertices this close meet (m)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/network_parameters.py" line="51" />
      <source>Longest connector from a point to the network (m)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/network_parameters.py" line="58" />
      <source>Keep stretches apart where these fields change (e.g. road class; otherwise links meeting only each other are one stretch)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/network_parameters.py" line="66" />
      <source>Layer '{0}' has no lines to build a network from.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/network_parameters.py" line="68" />
      <source>Layer '{0}' gives a network of one link: it needs lines that meet, so that there is something to route over.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/provider.py" line="31" />
      <source>Samplan: strategic planning checks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report.py" line="85" />
      <source>Workshop report (HTML and PDF)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report.py" line="98" />
      <source>Writes a report of a plan draft or a comparison of drafts, in Swedish or English, as an HTML page and as a PDF made from a QGIS print layout (A4), to hand to a municipality or to use in a consultation.

&lt;b&gt;Contents.&lt;/b&gt; A cover with the plan draft's name and version, the date, the inputs and the rule set used; an overview map with a background (settlement, roads with their numbers, water, municipal borders and place names, from the background layers given), the results by severity, a legend, a north arrow and a scale bar; a map page for each municipality with results; the results by severity, by municipality (with a chart) and by rule with the rule's text and legal basis; the conflict list: every result with its rule text, basis, municipality, area or length, share of the plan feature, and its review status and comment, grouped by severity with the worst first; sections for the other analyses whose outputs are given (draft comparison, fragmentation before and after, incompatible uses across borders, the weakest links, accessibility shares, functional regions); and method notes with their sources for the analyses in the report only. Numbers are written as the report's language writes them (Swedish: 4 790 km², 58,3 %).

&lt;b&gt;Inputs&lt;/b&gt; are the outputs of the other Samplan algorithms: the result layers of samplan:conflictcheck (areas, lines, points) with the reviews saved in the conflict inspector, and its rule set used and run parameters tables; the indicator table of samplan:comparedrafts; the mesh table of samplan:fragmentation; the pairs of samplan:bordercoherence; the links of samplan:linkcriticality; the accessibility per municipality of samplan:accessibility; the regions of samplan:functionalregions. At least one must be given; a run with nothing to report is refused, and an empty one is named in a warning.

The report's texts come from templates in resources/report/ of the plugin. Runs in QGIS's main thread and headless through qgis_process. Nothing is written if the run fails or is cancelled: a previous report stays as it was.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report.py" line="125" />
      <source>Conflict check results (areas, lines, points)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report.py" line="127" />
      <source>Rule set used (from the conflict check)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report.py" line="129" />
      <source>Run parameters (from the conflict check)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report.py" line="131" />
      <source>Plan draft (for the map)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report.py" line="132" />
      <source>Name of the plan draft</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report.py" line="133" />
      <source>Version of the plan draft</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report.py" line="135" />
      <source>Municipalities (for the maps)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report.py" line="137" />
      <source>Municipality name field (empty: the field holding the results' names)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report.py" line="140" />
      <source>Background layers (settlement, roads, water, borders)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report.py" line="143" />
      <source>Indicators per version (from Compare plan draft versions)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report.py" line="145" />
      <source>Effective mesh size per unit (from Effective mesh size)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report.py" line="147" />
      <source>Incompatible uses across borders (from Coherence across municipal borders)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report.py" line="150" />
      <source>Links (from Weak links and redundancy)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report.py" line="152" />
      <source>Accessibility per municipality (from Accessibility between city and countryside)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report.py" line="154" />
      <source>Functional regions (from Functional regions from commuting)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report.py" line="155" />
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report.py" line="157" />
      <source>Language of the report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report.py" line="158" />
      <source>HTML report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report.py" line="158" />
      <source>HTML files (*.html)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report.py" line="159" />
      <source>PDF report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report.py" line="159" />
      <source>PDF files (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report.py" line="160" />
      <source>Number of PDF pages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report.py" line="190" />
      <source>{0} is a folder: give a file name for the report.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report.py" line="203" />
      <source>The Python package matplotlib is not installed: the report has no charts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report.py" line="206" />
      <source>The {0} given have no rows: the report says so in their section.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report.py" line="236" />
      <source>Report written: {0} and {1} ({2} pages).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report.py" line="240" />
      <source>conflict check results</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report.py" line="240" />
      <source>indicators per version</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report.py" line="241" />
      <source>effective mesh sizes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report.py" line="241" />
      <source>incompatible uses across borders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report.py" line="242" />
      <source>links</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report.py" line="242" />
      <source>accessibility figures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report.py" line="243" />
      <source>functional regions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report.py" line="250" />
      <source>Nothing to report: no results were given. Give at least one of: {0}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report.py" line="255" />
      <source>Nothing to report: the results given are all empty ({0}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report.py" line="263" />
      <source>Layer '{0}' is not a result of the conflict check: it has no field(s) {1}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report.py" line="278" />
      <source>Layer '{0}' has no field(s) {1}: is it the right Samplan output?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/sample_region.py" line="31" />
      <source>Create sample region</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/sample_region.py" line="34" />
      <source>Sample data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/sample_region.py" line="40" />
      <source>Writes a synthetic but plausible Swedish region (SWEREF 99 TM, EPSG:3006) to one GeoPackage, for workshops, training and tests: municipalities in one county, tätorter with population, buildings, a 250 m population grid, a connected road network with road classes and bridges over a river, a railway with stations, bus stops with weekday departures, nature reserves, Natura 2000, green wedges, ecological links, lakes, a river with its 100-year flood zone, shore protection, agricultural land, a water protection area, riksintressen, a commuting table and two plan drafts (A and B) in the categories of Boverket's ÖP-modell.

Plan draft A holds planted conflicts of every kind in the default rule set; draft B resolves some and adds others. The table 'planterade_konflikter' lists them (rule, plan feature, theme feature, expected overlap), so results can be checked.

The same seed gives the same data. Scale grows the region towards a county: at scale 125 it holds over a million buildings (used by the benchmark).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/sample_region.py" line="53" />
      <source>&lt;b&gt;Sources.&lt;/b&gt; The data are invented, but each layer follows the structure and categories of the real national data set a region would load: SCB's tätorter and 250 m population grid, Lantmäteriet's buildings and roads with Trafikverket's road classes and recommended routes for dangerous goods, Naturvårdsverket's protected nature and Natura 2000, the flood maps of MSB and the county boards, shore protection under Miljöbalken chapter 7, Jordbruksverket's arable land, riksintressen under Miljöbalken chapters 3 and 4, SCB's commuting statistics, and plan drafts in Boverket's ÖP-modell 2.1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/sample_region.py" line="64" />
      <source>Random seed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/sample_region.py" line="68" />
      <source>Scale (1 = about 60 x 40 km; 125 = a county with over a million buildings)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/sample_region.py" line="73" />
      <source>Sample region GeoPackage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/sample_region.py" line="73" />
      <source>GeoPackage (*.gpkg)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/sample_region.py" line="95" />
      <source>{0}: {1} features</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/sample_region.py" line="99" />
      <source>Could not write {0}: {1}. Is it open in QGIS or another program?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/sample_region.py" line="102" />
      <source>Cancelled: no sample region was written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/shared_review_roles.py" line="27" />
      <source>Set up shared review in PostGIS</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/shared_review_roles.py" line="36" />
      <source>postgis,postgresql,review,roles,grant,shared,granskning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/shared_review_roles.py" line="39" />
      <source>Prepares a PostgreSQL/PostGIS schema to hold the conflict check's results and their reviews, shared by several reviewers (the region, the municipalities, the county board, Trafikverket), and grants two group roles on it.

&lt;b&gt;Method.&lt;/b&gt; Creates the schema if needed, with a table 'review' (one row per conflict key: status, comment, reviewed by, reviewed at and a version number) and an append-only table 'review_history' filled by a trigger on every change. A review is saved only over the version the reviewer saw; when someone else changed it meanwhile the save is refused and the other's change shown, so nothing is overwritten silently. Creates the two roles (NOLOGIN group roles) if missing and grants: the reviewer role may read every table and update the reviews; the read-only role may only read. Nobody may write the history directly. Tables that later runs create are granted to both roles too.

&lt;b&gt;Inputs.&lt;/b&gt; One of QGIS's saved PostgreSQL connections (its credentials come from QGIS's authentication manager, and are never stored in the project or the tables), the schema, and the names of the two roles. The connection's user needs the right to create schemas and roles (CREATEROLE). Give people the roles with GRANT role TO user.

&lt;b&gt;Outputs.&lt;/b&gt; The SQL statements that were run, also in the log; the README lists them. Then choose the connection and the schema as the shared results in the conflict inspector and run the check.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/shared_review_roles.py" line="59" />
      <source>Database connection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/shared_review_roles.py" line="60" />
      <source>Schema of the shared results</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/shared_review_roles.py" line="62" />
      <source>Reviewer role (reads, writes reviews)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/shared_review_roles.py" line="64" />
      <source>Read-only role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/shared_review_roles.py" line="65" />
      <source>SQL run</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/shared_review_roles.py" line="73" />
      <source>Name the schema of the shared results.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/shared_review_roles.py" line="75" />
      <source>Name two different roles: a reviewer role and a read-only role.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/shared_review_roles.py" line="82" />
      <source>This algorithm needs the Python package psycopg2 (shared review in PostGIS). Install it into QGIS's Python; the other algorithms work without it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/shared_review_roles.py" line="91" />
      <source>The user of connection '{0}' may not create the schema '{1}' or the roles: {2} Ask for a user with CREATEROLE and the right to create schemas, or let the database administrator run the SQL in the README.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/shared_review_roles.py" line="96" />
      <source>Setting up schema '{0}' failed: {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/shared_review_roles.py" line="101" />
      <source>Schema '{0}' is ready: role '{1}' reviews, role '{2}' reads.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/commuting.py" line="37" />
      <source>The commuting table cannot be used: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/commuting.py" line="53" />
      <source>Layer '{0}': {1} zone(s) have no code in the field '{2}' (feature ids {3}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/commuting.py" line="84" />
      <source>Layer '{0}' has no field to tell its areas apart.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/commuting.py" line="86" />
      <source>Layer '{0}': areas told apart by the field '{1}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/commuting.py" line="96" />
      <source>Layer '{0}': {1} zone(s) lie outside every area; their flows get no border flag.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/input_checks.py" line="65" />
      <source>Layer '{0}' has no coordinate reference system, and its coordinates ({1}) lie outside the area of the analysis CRS {2}: it cannot be read. Set the layer's CRS (Layer Properties &gt; Source).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/input_checks.py" line="69" />
      <source>Layer '{0}' has no coordinate reference system: its coordinates fit the analysis CRS {1} and are read as such. Set its CRS if that is wrong.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/input_checks.py" line="84" />
      <source>Layer '{0}': {1} curved geometry(ies) read as straight segments at most {2} m from the curve (feature ids {3}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/input_checks.py" line="91" />
      <source>polygons</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/input_checks.py" line="91" />
      <source>lines</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/input_checks.py" line="92" />
      <source>points</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/input_checks.py" line="92" />
      <source>no geometry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/input_checks.py" line="93" />
      <source>unknown geometries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/input_checks.py" line="102" />
      <source>Layer '{0}' holds {1}, but the input {2} takes {3}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/input_checks.py" line="111" />
      <source>Layer '{0}': {1} feature(s) have no value in the field '{2}' and take the layer's name as category (feature ids {3}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/input_checks.py" line="114" />
      <source>Layer '{0}': {1} feature(s) have no value in the field '{2}', so no rule applies to them (feature ids {3}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/input_checks.py" line="136" />
      <source>Layer '{0}': {1} feature(s) repeat another feature exactly (feature ids {2}); each is counted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/input_checks.py" line="139" />
      <source>Layer '{0}': {1} feature(s) repeat another feature exactly and are counted once (feature ids {2}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/network_styles.py" line="47" />
      <source>up to {0} {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/network_styles.py" line="49" />
      <source>over {0} {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/network_styles.py" line="51" />
      <source>{0}–{1} {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/network_styles.py" line="58" />
      <source>Bridge: no alternative route</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/network_styles.py" line="59" />
      <source>One-way, no way back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/network_styles.py" line="64" />
      <source>Detour ratio up to {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/network_styles.py" line="66" />
      <source>Detour ratio over {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/network_styles.py" line="68" />
      <source>Detour ratio {0}–{1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/network_styles.py" line="70" />
      <source>Other links</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/network_styles.py" line="87" />
      <source>min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/network_styles.py" line="89" />
      <source>km</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/network_styles.py" line="90" />
      <source>No route to a destination</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/network_styles.py" line="96" />
      <source>Articulation point: closing it splits the network</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/network_styles.py" line="99" />
      <source>People cut off</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/network_styles.py" line="99" />
      <source>People delayed, none cut off</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/network_styles.py" line="100" />
      <source>Links closed, nobody affected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/network_styles.py" line="100" />
      <source>Touches no link</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/network_styles.py" line="102" />
      <source>Cut off from every centre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/network_styles.py" line="102" />
      <source>Keeps a route, a longer one</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/network_styles.py" line="103" />
      <source>Link closed by the area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/network_styles.py" line="111" />
      <source>Samplan: network results</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/networks.py" line="52" />
      <source>Layer '{0}', field '{1}', feature {2}: {3}. Write the number without thousands separators (12000) or make the field numeric.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/networks.py" line="56" />
      <source>Layer '{0}', field '{1}', feature {2}: '{3}' is not a number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/networks.py" line="61" />
      <source>Layer '{0}', field '{1}': {2} feature(s) have a negative value (feature ids {3}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/networks.py" line="85" />
      <source>Speeds by class: '{0}' is not 'class=km/h' with a positive speed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/networks.py" line="94" />
      <source>Layer '{0}': classes without a speed get {1} km/h unless the feature has its own: {2}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/networks.py" line="98" />
      <source>Layer '{0}', field '{1}': every line is one-way. Check the field's values (yes, 1 or F: along the line; -1 or T: against it; anything else: both ways); routes exist only where the one-way lines form circuits.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/networks.py" line="118" />
      <source>Layer '{0}' must hold lines.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/networks.py" line="140" />
      <source>Layer '{0}', field '{1}': {2} feature(s) have no value and count as 0 (feature ids {3}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/pg_connections.py" line="33" />
      <source>QGIS's PostgreSQL provider is not available.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/pg_connections.py" line="51" />
      <source>There is no saved PostgreSQL connection named '{0}' in this QGIS. Add it in the Data Source Manager (PostgreSQL), with its credentials in an authentication configuration.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/pg_connections.py" line="81" />
      <source>Connection '{0}': its authentication configuration '{1}' could not be read (is QGIS's master password set?).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/pg_connections.py" line="84" />
      <source>Connection '{0}': authentication method '{1}' is not supported for the shared reviews; use a Basic (user name and password) configuration.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/pg_connections.py" line="100" />
      <source>Could not connect through '{0}': {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/postgis_results.py" line="76" />
      <source>{0} changed this conflict at {1} to '{2}: {3}'. Your change was not saved; it is kept in the form: save again to save it on top of theirs.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/postgis_results.py" line="78" />
      <source>someone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/postgis_results.py" line="248" />
      <source>The staging file {0} could not be read.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/postgis_results.py" line="400" />
      <source>The connection that shows the others' reviews as they are saved was lost ({0}) and could not be opened again: {1} Use Refresh to see their changes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/postgis_results.py" line="403" />
      <source>The connection that shows the others' reviews as they are saved was lost ({0}) and has been opened again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/postgis_results.py" line="434" />
      <source>Could not connect to the database holding the shared reviews: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/postgis_results.py" line="461" />
      <source>The connection to the database was lost while reading the reviews: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/postgis_results.py" line="465" />
      <source>Your database role may not read the reviews in schema '{0}': {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/postgis_results.py" line="488" />
      <source>Unknown review status '{0}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/postgis_results.py" line="507" />
      <source>Conflict {0} is not in the shared results of schema '{1}' (any more).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/postgis_results.py" line="524" />
      <source>The connection to the database was lost while saving the review of conflict {0}: your change may not have been saved; it will be checked on retry. Your change is kept: save again to retry.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/postgis_results.py" line="527" />
      <source>The connection to the database was lost while saving the review of conflict {0}: nothing was saved (the transaction was rolled back). Your change is kept: save again to retry.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/postgis_results.py" line="533" />
      <source>Your database role '{0}' may only read the reviews in schema '{1}': the review was not saved. Ask the schema's owner for the reviewer role.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/postgis_results.py" line="538" />
      <source>The review of conflict {0} could not be saved: {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/postgis_results.py" line="557" />
      <source>The connection to the database was lost while reading the history of conflict {0}: {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/postgis_results.py" line="561" />
      <source>The history of conflict {0} could not be read: {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/reading.py" line="66" />
      <source>The analysis CRS is not valid. Choose a projected metric CRS such as SWEREF 99 TM (EPSG:3006).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/reading.py" line="69" />
      <source>The analysis CRS {0} measures in degrees or other non-metric units, or stretches distances and areas as Mercator does (twice the distance, four times the area in Sweden); results would be wrong. Choose a projected metric CRS such as SWEREF 99 TM (EPSG:3006).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/reading.py" line="201" />
      <source>Layer '{0}': {1} feature(s) without geometry skipped (feature ids {2}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/reading.py" line="204" />
      <source>Layer '{0}': {1} invalid geometry(ies) repaired (feature ids {2}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/reading.py" line="207" />
      <source>Layer '{0}': {1} geometry collection(s) read as their parts of the highest dimension (feature ids {2}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/reading.py" line="210" />
      <source>Layer '{0}': {1} empty geometry(ies) skipped.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/reading.py" line="247" />
      <source>{0} ({1}): no feature within reach of the plan has a category a rule checks ({2}), so none was used.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/reading.py" line="257" />
      <source>{0} ({1}): no rule checks its categories, so it was not read. The rules for this role check: {2}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/report_layout.py" line="362" />
      <source>The table '{0}' has a row too tall for a page.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/report_layout.py" line="421" />
      <source>Could not write the PDF report {0}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/report_layout.py" line="426" />
      <source>Could not write the map image {0}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/reviews.py" line="36" />
      <source>Layer '{0}' is not a Samplan conflicts layer: it has no field 'conflict_key'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/reviews.py" line="48" />
      <source>Layer '{0}', field 'status': unknown review status {1} (feature ids {2}). A review status is one of: {3}. Correct it, or the review would be lost.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/reviews.py" line="75" />
      <source>Layer '{0}' has no field 'status' to hold reviews.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/reviews.py" line="82" />
      <source>The review of conflict {0} could not be saved in layer '{1}': {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/reviews.py" line="83" />
      <source>the data source refused it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/staged_outputs.py" line="98" />
      <source>Cannot write into the folder {0}: {1}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/staged_outputs.py" line="137" />
      <source>Could not write {0}: {1}. The previous file is left as it was.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/writing.py" line="129" />
      <source>Could not write features to the output: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/writing.py" line="165" />
      <source>Could not create layer '{0}' in {1}: {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgis_adapter/writing.py" line="175" />
      <source>Could not write layer '{0}' in {1}: {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/check_runner.py" line="98" />
      <source>Choose the plan draft layer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/check_runner.py" line="112" />
      <source>Assign at least one theme layer to a role.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/check_runner.py" line="145" />
      <source>Layer '{0}' has unsaved edits: save them first, so that the check and its results agree with the data.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/check_runner.py" line="193" />
      <source>Choose a results GeoPackage.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/check_runner.py" line="199" />
      <source>The Samplan Processing provider is not loaded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/check_runner.py" line="203" />
      <source>Samplan: conflict check</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/check_runner.py" line="212" />
      <source>Choose the schema of the shared results.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/check_runner.py" line="217" />
      <source>The shared results cannot be reached: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/check_runner.py" line="238" />
      <source>Cancelled: the previous results are unchanged.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/check_runner.py" line="239" />
      <source>The check failed: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/check_runner.py" line="239" />
      <source>see the log</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/check_runner.py" line="244" />
      <source>Samplan: saving the results</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/check_runner.py" line="255" />
      <source>schema '{0}'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/check_runner.py" line="256" />
      <source>The results could not be written to {0}: {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/check_runner.py" line="282" />
      <source>your database role may not write the results in schema '{0}' ({1})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="119" />
      <source>Rule set (*.csv)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="120" />
      <source>Rule set</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="123" />
      <source>Results and reviews</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="125" />
      <source>Layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="125" />
      <source>Role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="125" />
      <source>Category field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="135" />
      <source>Shared results and reviews in PostGIS: one of QGIS's saved PostgreSQL connections (its credentials stay in QGIS's authentication manager).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="139" />
      <source>schema, e.g. samplan_granskning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="143" />
      <source>Shared results (PostGIS)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="145" />
      <source>Refresh</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="146" />
      <source>Show the reviews the others have saved since.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="148" />
      <source>History</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="149" />
      <source>Every change saved for the selected conflict: who, when, status, comment, version.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="157" />
      <source>— GeoPackage file above</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="162" />
      <source>{0} (not saved in this QGIS)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="245" />
      <source>— not checked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="254" />
      <source>Empty: the layer's name is the category of its features.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="370" />
      <source>Conflict check done: {0} conflict(s), {1} warning(s), {2} opportunity(ies).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="481" />
      <source>Samplan: reading the shared reviews</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="502" />
      <source>Reviews refreshed: {0} conflict(s) changed by others.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="538" />
      <source>Select a conflict in the table first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="541" />
      <source>The history of changes is kept for shared results in PostGIS.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="563" />
      <source>All severities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="563" />
      <source>All rules</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="563" />
      <source>All theme roles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="564" />
      <source>All municipalities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="564" />
      <source>All statuses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="580" />
      <source>No results yet: set up and run the check.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="583" />
      <source>{0} conflict(s) · {1} warning(s) · {2} opportunity(ies) — {3} of {4} rows shown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="598" />
      <source>Reviewed by {0}, {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="662" />
      <source>Changed by {0}, {1}: {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="669" />
      <source>Review saved for {0} conflict(s).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="673" />
      <source>Export the rows shown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="674" />
      <source>CSV (*.csv)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="674" />
      <source>Spreadsheet (*.xlsx)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.py" line="689" />
      <source>{0} row(s) exported to {1}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/export.py" line="66" />
      <source>Severity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/export.py" line="67" />
      <source>Rule</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/export.py" line="68" />
      <source>Message</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/export.py" line="69" />
      <source>Legal basis</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/export.py" line="70" />
      <source>Plan category</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/export.py" line="71" />
      <source>Theme category</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/export.py" line="72" />
      <source>Theme role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/export.py" line="73" />
      <source>Municipality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/export.py" line="74" />
      <source>Area (m²)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/export.py" line="75" />
      <source>Length (m)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/export.py" line="76" />
      <source>Distance (m)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/export.py" line="77" />
      <source>Share of the plan feature (%)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/export.py" line="78" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/export.py" line="79" />
      <source>Comment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/export.py" line="80" />
      <source>Reviewed by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/export.py" line="81" />
      <source>Reviewed at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/export.py" line="82" />
      <source>Plan layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/export.py" line="83" />
      <source>Plan feature id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/export.py" line="84" />
      <source>Theme layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/export.py" line="85" />
      <source>Theme feature id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/export.py" line="86" />
      <source>Result id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/export.py" line="93" />
      <source>No.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/export.py" line="138" />
      <source>Export to '{0}': choose a file ending in .csv or .xlsx.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/export.py" line="148" />
      <source>The export to '{0}' failed: {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/export.py" line="155" />
      <source>Conflicts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/export.py" line="161" />
      <source>Consultation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/install_dialog.py" line="27" />
      <source>The packages go into {0} (your QGIS profile only; nothing system-wide).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/install_dialog.py" line="63" />
      <source>Installed. Close this window to load Samplan.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/install_dialog.py" line="66" />
      <source>pip failed (exit code {0}): see its messages above. The manual command is in the message at the top.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/install_dialog.py" line="74" />
      <source>Could not start {0}: {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/report_action.py" line="105" />
      <source>Run the check first: the report is made of its results.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/report_action.py" line="119" />
      <source>Export the reviewed conflicts for the consultation report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/report_action.py" line="120" />
      <source>Spreadsheet (*.xlsx);;CSV (*.csv)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/report_action.py" line="129" />
      <source>No conflict has been reviewed yet: the table has a header only.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/report_action.py" line="131" />
      <source>{0} reviewed conflict(s) exported to {1}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/report_action.py" line="155" />
      <source>Report…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/report_action.py" line="156" />
      <source>Create the workshop report from these results, or export the reviews for the consultation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/report_action.py" line="159" />
      <source>Create report…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/report_action.py" line="160" />
      <source>Export the reviewed conflicts for the consultation report…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/report_action.py" line="161" />
      <source>Export CSV with ',' and decimal points…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/report_action.py" line="161" />
      <source>Export CSV with ';' and decimal commas…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/results_model.py" line="23" />
      <source>Conflict</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/results_model.py" line="23" />
      <source>Warning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/results_model.py" line="23" />
      <source>Opportunity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/results_model.py" line="27" />
      <source>Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/results_model.py" line="27" />
      <source>Accepted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/results_model.py" line="27" />
      <source>Resolved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/results_model.py" line="28" />
      <source>Not a conflict</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/results_model.py" line="32" />
      <source>Settlement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/results_model.py" line="32" />
      <source>Infrastructure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/results_model.py" line="33" />
      <source>Other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/results_model.py" line="80" />
      <source>Area (m²) / length (m)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/results_model.py" line="80" />
      <source>Share</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/results_model.py" line="112" />
      <source>new</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/review_history.py" line="25" />
      <source>Review history of conflict {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/review_history.py" line="27" />
      <source>{0} change(s) saved, oldest first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/review_history.py" line="28" />
      <source>No change has been saved for this conflict yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/review_history.py" line="31" />
      <source>Version</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/review_history.py" line="31" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/review_history.py" line="31" />
      <source>Database user</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/rule_editor.py" line="38" />
      <source>Id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/rule_editor.py" line="39" />
      <source>Relation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/rule_editor.py" line="40" />
      <source>Message (Swedish)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/rule_editor.py" line="40" />
      <source>Message (English)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/rule_editor.py" line="41" />
      <source>Basis (law or policy)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/rule_editor.py" line="66" />
      <source>Not an ÖP-modell category: {0}. It only matches a draft using that word (or a category mapping).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/rule_editor.py" line="136" />
      <source>{0} problem(s). First: rule {1}, column '{2}': {3}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/rule_editor.py" line="191" />
      <source>Rule set: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/rule_editor.py" line="191" />
      <source>the bundled default ({0})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/rule_editor.py" line="213" />
      <source>Every rule is valid.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/rule_editor.py" line="217" />
      <source>Open a rule set</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/rule_editor.py" line="222" />
      <source>Save the rule set</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/rule_editor.py" line="231" />
      <source>Not saved: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/sample_project.py" line="35" />
      <source>Other interests</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/sample_project.py" line="35" />
      <source>Boundaries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/sample_project.py" line="48" />
      <source>Samplan sample region</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/sample_project.py" line="59" />
      <source>The sample region file {0} has no layer '{1}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/sample_project.py" line="76" />
      <source>The project could not be saved to {0}: {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/sample_project.py" line="79" />
      <source>The project could not be opened from {0}: {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/sample_project.py" line="106" />
      <source>Samplan: building the sample region</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/sample_project.py" line="113" />
      <source>Cancelled.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/sample_project.py" line="113" />
      <source>The sample region could not be built.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/sample_project.py" line="125" />
      <source>The sample region is open: {0}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ConflictInspectorDock</name>
    <message>
      <location filename="../ui/conflict_inspector.ui" line="0" />
      <source>Samplan: conflict inspector</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.ui" line="0" />
      <source>Set-up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.ui" line="0" />
      <source>Plan draft</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.ui" line="0" />
      <source>Land-use field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.ui" line="0" />
      <source>Planned corridors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.ui" line="0" />
      <source>Stable identifier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.ui" line="0" />
      <source>Municipalities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.ui" line="0" />
      <source>Name field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.ui" line="0" />
      <source>Theme layers: choose a role for each layer to check against, and its category field.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.ui" line="0" />
      <source>Layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.ui" line="0" />
      <source>Role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.ui" line="0" />
      <source>Category field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.ui" line="0" />
      <source>Rule set</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.ui" line="0" />
      <source>Edit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.ui" line="0" />
      <source>Open the rule set editor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.ui" line="0" />
      <source>Results and reviews</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.ui" line="0" />
      <source>Run the check</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.ui" line="0" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.ui" line="0" />
      <source>Results</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.ui" line="0" />
      <source>No results yet: set up and run the check.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.ui" line="0" />
      <source>Severity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.ui" line="0" />
      <source>Rule</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.ui" line="0" />
      <source>Theme role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.ui" line="0" />
      <source>Municipality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.ui" line="0" />
      <source>Review status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.ui" line="0" />
      <source>Search…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.ui" line="0" />
      <source>Comment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.ui" line="0" />
      <source>Save review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.ui" line="0" />
      <source>Export CSV…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/conflict_inspector.ui" line="0" />
      <source>Export spreadsheet…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>InstallDialog</name>
    <message>
      <location filename="../ui/install_dialog.ui" line="0" />
      <source>Samplan: install missing Python packages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/install_dialog.ui" line="0" />
      <source>Install</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/install_dialog.ui" line="0" />
      <source>Close</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RuleSetEditor</name>
    <message>
      <location filename="../ui/rule_editor.ui" line="0" />
      <source>Samplan: rule set editor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/rule_editor.ui" line="0" />
      <source>Add rule</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/rule_editor.ui" line="0" />
      <source>Remove rule</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/rule_editor.ui" line="0" />
      <source>Open…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/rule_editor.ui" line="0" />
      <source>Reset to default</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/rule_editor.ui" line="0" />
      <source>Save as CSV…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/rule_editor.ui" line="0" />
      <source>Close</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
