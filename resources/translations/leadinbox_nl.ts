<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About LeadInbox</source>
        <translation>Over LeadInbox</translation>
    </message>
    <message>
        <source>Marketplace leads, imported, deduplicated and followed up. Your data stays on this computer.</source>
        <translation>Marketplace-leads: geïmporteerd, ontdubbeld en opgevolgd. Je gegevens blijven op deze computer.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Gegevensmap</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Gegevens kopiëren</translation>
    </message>
</context>
<context>
    <name>AddLeadDialog</name>
    <message>
        <source>Add lead</source>
        <translation>Lead toevoegen</translation>
    </message>
    <message>
        <source>NL, Netherlands, …</source>
        <translation>NL, Nederland, …</translation>
    </message>
    <message>
        <source>What they asked for, in their words</source>
        <translation>Wat ze vroegen, in hun woorden</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Bedrijf:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>O&amp;ffer:</source>
        <translation>&amp;Aanbod:</translation>
    </message>
    <message>
        <source>&amp;Asked for:</source>
        <translation>&amp;Gevraagd:</translation>
    </message>
    <message>
        <source>Me&amp;ssage:</source>
        <translation>Be&amp;richt:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wanneer:</translation>
    </message>
    <message>
        <source>The lead gets a first-response clock and a place in the inbox as an imported one would; the same person, action, offer and day is found as already known.</source>
        <translation>De lead krijgt een reactieklok en een plek in de inbox zoals een geïmporteerde; dezelfde persoon, actie, aanbod en dag wordt als al bekend herkend.</translation>
    </message>
    <message>
        <source>Give an email or a phone number (and a name when there is no email).</source>
        <translation>Geef een e-mailadres of telefoonnummer (en een naam als er geen e-mail is).</translation>
    </message>
</context>
<context>
    <name>AddPeopleDialog</name>
    <message>
        <source>No customer</source>
        <translation>Geen klant</translation>
    </message>
    <message>
        <source>&amp;Add as leads and log the email</source>
        <translation>&amp;Toevoegen als leads en de e-mail vastleggen</translation>
    </message>
    <message>
        <source>These people are no customer in LeadInbox, so the email was not logged. Add the ticked ones as leads (File › Import history can undo that)?</source>
        <translation>Deze mensen zijn geen klant in LeadInbox, dus de e-mail is niet vastgelegd. De aangevinkte als leads toevoegen (Bestand › Importgeschiedenis kan dat ongedaan maken)?</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>LeadInbox cannot open its database.

%1</source>
        <translation>LeadInbox kan zijn database niet openen.

%1</translation>
    </message>
</context>
<context>
    <name>AssignOwnerDialog</name>
    <message>
        <source>Assign one lead</source>
        <translation>Eén lead toewijzen</translation>
    </message>
    <message>
        <source>Assign %s leads</source>
        <translation>%s leads toewijzen</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ik</translation>
    </message>
    <message>
        <source>Pick a colleague or type a new name; “Me” assigns them to you.</source>
        <translation>Kies een collega of typ een nieuwe naam; “Ik” wijst ze aan jou toe.</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Eigenaar:</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Toewijzen</translation>
    </message>
</context>
<context>
    <name>AttemptDialog</name>
    <message>
        <source>Log reply – %s</source>
        <translation>Antwoord vastleggen – %s</translation>
    </message>
    <message>
        <source>Log attempt – %s</source>
        <translation>Poging vastleggen – %s</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>Nog geen antwoord</translation>
    </message>
    <message>
        <source>Left voicemail</source>
        <translation>Voicemail ingesproken</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Heeft geantwoord</translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation>Afspraak gemaakt</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Onbestelbaar</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Geen interesse</translation>
    </message>
    <message>
        <source>What they wrote or said (optional)</source>
        <translation>Wat de klant schreef of zei (optioneel)</translation>
    </message>
    <message>
        <source>What was said or sent (optional)</source>
        <translation>Wat er gezegd of gestuurd is (optioneel)</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanaal:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultaat:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wanneer:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <source>Leads:</source>
        <translation>Leads:</translation>
    </message>
    <message>
        <source>&amp;Log reply</source>
        <translation>Antwoord &amp;vastleggen</translation>
    </message>
    <message>
        <source>&amp;Log attempt</source>
        <translation>Poging &amp;vastleggen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) without a phone number left out.</source>
        <translation>
            <numerusform>%Ln klant zonder telefoonnummer weggelaten.</numerusform>
            <numerusform>%Ln klanten zonder telefoonnummer weggelaten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) without an email address left out.</source>
        <translation>
            <numerusform>%Ln klant zonder e-mailadres weggelaten.</numerusform>
            <numerusform>%Ln klanten zonder e-mailadres weggelaten.</numerusform>
        </translation>
    </message>
    <message>
        <source>This attempt was answered: the cadence stops and the lead moves to Nurturing. A reply on its own is logged with Log reply (R).</source>
        <translation>Op deze poging is geantwoord: de reeks stopt en de lead gaat naar Onderhouden. Een antwoord dat zomaar binnenkomt, leg je vast met Antwoord vastleggen (R).</translation>
    </message>
    <message>
        <source>A booked meeting stops the cadence: the lead moves to Nurturing.</source>
        <translation>Een gemaakte afspraak stopt de reeks: de lead gaat naar Onderhouden.</translation>
    </message>
    <message>
        <source>You will be asked whether to close the lead as Lost.</source>
        <translation>Je wordt gevraagd of je de lead als Verloren wilt afsluiten.</translation>
    </message>
    <message>
        <source>The next attempt is planned by your cadence.</source>
        <translation>De volgende poging wordt volgens je reeks gepland.</translation>
    </message>
    <message>
        <source>The customer&apos;s reply stops the cadence: the lead moves to Nurturing. It is not counted as an attempt.</source>
        <translation>Het antwoord van de klant stopt de reeks: de lead gaat naar Onderhouden. Het telt niet als poging.</translation>
    </message>
    <message numerus="yes">
        <source>Log attempt – %Ln customer(s)</source>
        <translation>
            <numerusform>Poging vastleggen – %Ln klant</numerusform>
            <numerusform>Poging vastleggen – %Ln klanten</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick at least one lead.</source>
        <translation>Vink minstens één lead aan.</translation>
    </message>
</context>
<context>
    <name>BacklogController</name>
    <message>
        <source>&amp;Add lead…</source>
        <translation>&amp;Nieuwe lead…</translation>
    </message>
    <message>
        <source>Edi&amp;t contact details</source>
        <translation>&amp;Contactgegevens bewerken</translation>
    </message>
    <message>
        <source>Add ta&amp;g…</source>
        <translation>Label toe&amp;voegen…</translation>
    </message>
    <message>
        <source>Deal &amp;value…</source>
        <translation>&amp;Dealwaarde…</translation>
    </message>
    <message>
        <source>Compan&amp;y…</source>
        <translation>Bedri&amp;jf…</translation>
    </message>
    <message>
        <source>Start &amp;from today…</source>
        <translation>Vanaf vandaag &amp;opnieuw beginnen…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln customers)</source>
        <translation>
            <numerusform>%1 (%Ln klant)</numerusform>
            <numerusform>%1 (%Ln klanten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Deal value</source>
        <translation>Dealwaarde</translation>
    </message>
    <message>
        <source>Only a Won or Qualified lead has a deal value: mark the lead Won (W) or qualify it (Q) first.</source>
        <translation>Alleen een gewonnen of gekwalificeerde lead heeft een dealwaarde: markeer de lead eerst als gewonnen (W) of kwalificeer hem (Q).</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>This customer gives no company name and writes from a free-mail address: LeadInbox cannot tell their company.</source>
        <translation>Deze klant noemt geen bedrijf en mailt vanaf een gratis adres: LeadInbox kan het bedrijf niet bepalen.</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>The backup failed (%s). Nothing was lost.</source>
        <translation>De back-up is mislukt (%s). Er is niets verloren gegaan.</translation>
    </message>
</context>
<context>
    <name>Badges</name>
    <message>
        <source>Contact me</source>
        <translation>Neem contact op</translation>
    </message>
    <message>
        <source>Test drive</source>
        <translation>Proefrit</translation>
    </message>
    <message>
        <source>Get it now</source>
        <translation>Nu downloaden</translation>
    </message>
    <message>
        <source>Azure portal</source>
        <translation>Azure-portal</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Niet benaderen</translation>
    </message>
    <message>
        <source>Azure Marketplace</source>
        <translation>Azure Marketplace</translation>
    </message>
    <message>
        <source>AppSource</source>
        <translation>AppSource</translation>
    </message>
    <message>
        <source>Test Drive</source>
        <translation>Proefrit</translation>
    </message>
    <message>
        <source>Unknown action</source>
        <translation>Onbekende actie</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>Not possible</source>
        <translation>Niet mogelijk</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Heropenen</translation>
    </message>
    <message>
        <source>Do not contact?</source>
        <translation>Niet benaderen?</translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln customer(s) as Do not contact? LeadInbox will then refuse to email, call or plan attempts for them (Ctrl+Z undoes it).</source>
        <translation>
            <numerusform>%Ln klant als Niet benaderen markeren? LeadInbox weigert dan te mailen, te bellen of pogingen te plannen (Ctrl+Z maakt het ongedaan).</numerusform>
            <numerusform>%Ln klanten als Niet benaderen markeren? LeadInbox weigert dan te mailen, te bellen of pogingen te plannen (Ctrl+Z maakt het ongedaan).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change</source>
        <translation>Niets te wijzigen</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Niets te wijzigen.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln customer(s) changed</source>
        <translation>
            <numerusform>%1: %Ln klant gewijzigd</numerusform>
            <numerusform>%1: %Ln klanten gewijzigd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln lead(s)).</source>
        <translation>
            <numerusform>(%Ln lead).</numerusform>
            <numerusform>(%Ln leads).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln no longer in LeadInbox</source>
        <translation>
            <numerusform>%Ln niet meer in LeadInbox</numerusform>
            <numerusform>%Ln niet meer in LeadInbox</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without an open lead</source>
        <translation>
            <numerusform>%Ln zonder open lead</numerusform>
            <numerusform>%Ln zonder open lead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with nothing closed to reopen</source>
        <translation>
            <numerusform>%Ln zonder afgesloten lead om te heropenen</numerusform>
            <numerusform>%Ln zonder afgesloten lead om te heropenen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already so</source>
        <translation>
            <numerusform>%Ln al zo</numerusform>
            <numerusform>%Ln al zo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln do not contact</source>
        <translation>
            <numerusform>%Ln niet benaderen</numerusform>
            <numerusform>%Ln niet benaderen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln do not contact (from the marketplace)</source>
        <translation>
            <numerusform>%Ln niet benaderen (vanuit de marketplace)</numerusform>
            <numerusform>%Ln niet benaderen (vanuit de marketplace)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected customer(s) left out: %1.</source>
        <translation>
            <numerusform>%Ln geselecteerde klant overgeslagen: %1.</numerusform>
            <numerusform>%Ln geselecteerde klanten overgeslagen: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the reasons customers were left out</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Start from today</source>
        <translation>Vanaf vandaag opnieuw beginnen</translation>
    </message>
    <message>
        <source>No unanswered lead is older than that.</source>
        <translation>Geen onbeantwoorde lead is ouder dan dat.</translation>
    </message>
    <message numerus="yes">
        <source>Closed %Ln lead(s) as handled before LeadInbox</source>
        <translation>
            <numerusform>%Ln lead afgesloten als afgehandeld vóór LeadInbox</numerusform>
            <numerusform>%Ln leads afgesloten als afgehandeld vóór LeadInbox</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restarted the first-response clock of %Ln lead(s)</source>
        <translation>
            <numerusform>Reactieklok van %Ln lead opnieuw gestart</numerusform>
            <numerusform>Reactieklok van %Ln leads opnieuw gestart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln customer(s)). Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>(%Ln klant). Ctrl+Z maakt het ongedaan.</numerusform>
            <numerusform>(%Ln klanten). Ctrl+Z maakt het ongedaan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Label toevoegen</translation>
    </message>
    <message numerus="yes">
        <source>Tag for %Ln customer(s):</source>
        <translation>
            <numerusform>Label voor %Ln klant:</numerusform>
            <numerusform>Label voor %Ln klanten:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged %Ln customer(s) “%1”.</source>
        <translation>
            <numerusform>%Ln klant gelabeld met “%1”.</numerusform>
            <numerusform>%Ln klanten gelabeld met “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact details saved; a later import will not overwrite them.</source>
        <translation>Contactgegevens opgeslagen; een latere import overschrijft ze niet.</translation>
    </message>
    <message>
        <source>Same email</source>
        <translation>Zelfde e-mailadres</translation>
    </message>
    <message>
        <source>%1 already has the email %2. Are they the same person? Merging moves their leads, attempts, notes and tags here (Ctrl+Z undoes it).</source>
        <translation>%1 heeft al het e-mailadres %2. Is het dezelfde persoon? Samenvoegen verplaatst hun leads, pogingen, notities en labels hierheen (Ctrl+Z maakt het ongedaan).</translation>
    </message>
    <message>
        <source>Merge the two</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide houden</translation>
    </message>
    <message>
        <source>Already known</source>
        <translation>Al bekend</translation>
    </message>
    <message>
        <source>This lead is already in LeadInbox (the same person, action, offer and day): nothing was added.</source>
        <translation>Deze lead staat al in LeadInbox (dezelfde persoon, actie, aanbod en dag): er is niets toegevoegd.</translation>
    </message>
    <message>
        <source>Lead added; its first reply is due as an imported lead&apos;s would be.</source>
        <translation>Lead toegevoegd; het eerste antwoord is op tijd nodig zoals bij een geïmporteerde lead.</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <source>Company: %1</source>
        <translation>Bedrijf: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) of %1</source>
        <translation>
            <numerusform>%Ln klant van %1</numerusform>
            <numerusform>%Ln klanten van %1</numerusform>
        </translation>
    </message>
    <message>
        <source>worked by %1</source>
        <translation>bewerkt door %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Aanbiedingen</translation>
    </message>
    <message>
        <source>you</source>
        <translation>jij</translation>
    </message>
    <message>
        <source>Show in the inbox</source>
        <translation>In de inbox tonen</translation>
    </message>
    <message>
        <source>Filter the list on this company</source>
        <translation>De lijst op dit bedrijf filteren</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Bedrijf:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Functie:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>NL, Netherlands, …</source>
        <translation>NL, Nederland, …</translation>
    </message>
    <message>
        <source>(from the country)</source>
        <translation>(volgens het land)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>What you change here is kept: a later import does not overwrite it (it still fills what you leave empty). Ctrl+Z undoes a save.</source>
        <translation>Wat je hier wijzigt blijft bewaard: een latere import overschrijft het niet (wel vult die aan wat je leeg laat). Ctrl+Z maakt opslaan ongedaan.</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>the row is cut off: the file ends in the middle of it (an interrupted download?)</source>
        <translation>de rij is afgebroken: het bestand houdt midden in de rij op (een onderbroken download?)</translation>
    </message>
    <message>
        <source>this row has {count:,} cells; at most {limit:,} are read (is the file damaged?)</source>
        <translation>deze rij heeft {count:,} cellen; er worden er hoogstens {limit:,} gelezen (is het bestand beschadigd?)</translation>
    </message>
    <message>
        <source>this row is longer than {size} MiB (is the file damaged?)</source>
        <translation>deze rij is langer dan {size} MiB (is het bestand beschadigd?)</translation>
    </message>
    <message>
        <source>the file mixes text encodings: it reads as {encoding}, then has bytes that are not</source>
        <translation>het bestand mengt tekstcoderingen: het leest als {encoding}, maar bevat daarna bytes die dat niet zijn</translation>
    </message>
    <message>
        <source>a cell is longer than {size} KiB (an unclosed quote?)</source>
        <translation>een cel is langer dan {size} KiB (een aanhalingsteken dat niet gesloten wordt?)</translation>
    </message>
    <message>
        <source>the CSV is malformed ({error}); is a quote left open?</source>
        <translation>de CSV is ongeldig ({error}); staat er een aanhalingsteken open?</translation>
    </message>
    <message>
        <source>the text changes encoding here: the file reads as {encoding} before this cell, but this cell is not {encoding} (save the file as UTF-8 and import it again)</source>
        <translation>hier verandert de tekstcodering: vóór deze cel leest het bestand als {encoding}, maar deze cel is geen {encoding} (sla het bestand op als UTF-8 en importeer het opnieuw)</translation>
    </message>
    <message>
        <source>this cell is longer than {size} KiB (is a closing quote missing?)</source>
        <translation>deze cel is langer dan {size} KiB (ontbreekt er een sluitend aanhalingsteken?)</translation>
    </message>
    <message>
        <source>a quote opens in this cell and is never closed (is the file cut off?)</source>
        <translation>in deze cel opent een aanhalingsteken dat nooit gesloten wordt (is het bestand afgebroken?)</translation>
    </message>
    <message>
        <source>this quoted cell is longer than {size} KiB</source>
        <translation>deze cel tussen aanhalingstekens is langer dan {size} KiB</translation>
    </message>
    <message>
        <source>text follows the closing quote of this cell; a quote inside a cell must be doubled (&quot;&quot;)</source>
        <translation>er staat tekst na het sluitende aanhalingsteken van deze cel; een aanhalingsteken in een cel moet dubbel staan (&quot;&quot;)</translation>
    </message>
    <message>
        <source>this cell is longer than {size} KiB</source>
        <translation>deze cel is langer dan {size} KiB</translation>
    </message>
    <message>
        <source>{date} is not a plausible date</source>
        <translation>{date} is geen aannemelijke datum</translation>
    </message>
    <message>
        <source>{value} is not a date</source>
        <translation>{value} is geen datum</translation>
    </message>
    <message>
        <source>empty date</source>
        <translation>lege datum</translation>
    </message>
    <message>
        <source>“{value}” is not a date this app can read</source>
        <translation>“{value}” is geen datum die LeadInbox kan lezen</translation>
    </message>
    <message>
        <source>the layout of this file was not recognised; could not place: {fields} (map columns with --map COLUMN=FIELD)</source>
        <translation>de indeling van dit bestand is niet herkend; niet te plaatsen: {fields} (wijs kolommen toe met --map COLUMN=FIELD)</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply to be a lead export</source>
        <translation>de JSON is te diep genest voor een leadexport</translation>
    </message>
    <message>
        <source>the JSON file is {size:,} MiB; at most {limit} MiB can be read</source>
        <translation>het JSON-bestand is {size:,} MiB; er kan hoogstens {limit} MiB gelezen worden</translation>
    </message>
    <message>
        <source>the JSON objects have {count} different keys; at most {limit}</source>
        <translation>de JSON-objecten hebben {count} verschillende sleutels; hoogstens {limit}</translation>
    </message>
    <message>
        <source>the JSON is not valid UTF-8 (byte {byte})</source>
        <translation>de JSON is geen geldige UTF-8 (byte {byte})</translation>
    </message>
    <message>
        <source>the JSON is invalid or cut off at line {line}, column {position} ({error})</source>
        <translation>de JSON is ongeldig of afgebroken op regel {line}, kolom {position} ({error})</translation>
    </message>
    <message>
        <source>the JSON holds no lead objects</source>
        <translation>de JSON bevat geen leadobjecten</translation>
    </message>
    <message>
        <source>the JSON array holds something other than lead objects</source>
        <translation>de JSON-array bevat iets anders dan leadobjecten</translation>
    </message>
    <message>
        <source>this JSON Lines row is invalid or cut off at column {position} ({error})</source>
        <translation>deze JSON Lines-rij is ongeldig of afgebroken op kolom {position} ({error})</translation>
    </message>
    <message>
        <source>this JSON Lines row is not a lead object</source>
        <translation>deze JSON Lines-rij is geen leadobject</translation>
    </message>
    <message>
        <source>this is a folder: name the lead files in it</source>
        <translation>dit is een map: noem de leadbestanden erin</translation>
    </message>
    <message>
        <source>this is a folder with no CSV, Excel or JSON lead files in it</source>
        <translation>dit is een map zonder CSV-, Excel- of JSON-leadbestanden</translation>
    </message>
    <message>
        <source>this is not a file</source>
        <translation>dit is geen bestand</translation>
    </message>
    <message>
        <source>the file cannot be read ({error})</source>
        <translation>het bestand kan niet gelezen worden ({error})</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>het bestand is leeg</translation>
    </message>
    <message>
        <source>the file is {size:.1f} GiB; at most {limit} GiB can be imported</source>
        <translation>het bestand is {size:.1f} GiB; je kunt hoogstens {limit} GiB importeren</translation>
    </message>
    <message>
        <source>the mapping places neither an email nor a name column</source>
        <translation>de toewijzing wijst geen kolom aan voor het e-mailadres of de naam</translation>
    </message>
    <message>
        <source>the file is named {suffix} but is not an Excel workbook (it holds text); if it is a CSV export, give it a .csv name</source>
        <translation>het bestand heet {suffix}, maar is geen Excel-werkmap (het bevat tekst); is het een CSV-export, geef het dan een naam die op .csv eindigt</translation>
    </message>
    <message>
        <source>this is an old binary Excel file (.xls) or a password-protected workbook; save it as .xlsx or CSV first</source>
        <translation>dit is een oud binair Excel-bestand (.xls) of een werkmap met een wachtwoord; sla het eerst op als .xlsx of CSV</translation>
    </message>
    <message>
        <source>this is a web page (an HTML table), not a spreadsheet; open it in Excel and save it as .xlsx or CSV first</source>
        <translation>dit is een webpagina (een HTML-tabel), geen spreadsheet; open het in Excel en sla het eerst op als .xlsx of CSV</translation>
    </message>
    <message>
        <source>this is an Excel 2003 XML spreadsheet; open it in Excel and save it as .xlsx or CSV first</source>
        <translation>dit is een Excel 2003 XML-spreadsheet; open het in Excel en sla het eerst op als .xlsx of CSV</translation>
    </message>
    <message>
        <source>this is a binary file, not a lead list (CSV, Excel or JSON)</source>
        <translation>dit is een binair bestand, geen leadlijst (CSV, Excel of JSON)</translation>
    </message>
    <message>
        <source>the customer details are not valid JSON</source>
        <translation>de klantgegevens zijn geen geldige JSON</translation>
    </message>
    <message>
        <source>the customer details are not a JSON object</source>
        <translation>de klantgegevens zijn geen JSON-object</translation>
    </message>
    <message>
        <source>no email and no name: the lead cannot be tied to a customer</source>
        <translation>geen e-mailadres en geen naam: de lead kan niet aan een klant gekoppeld worden</translation>
    </message>
    <message>
        <source>“{value}” is only a name, with nothing that makes it a lead (no email, phone, company, lead source, action, offer, date or message): not imported</source>
        <translation>“{value}” is alleen een naam, zonder iets wat er een lead van maakt (geen e-mail, telefoon, bedrijf, leadbron, actie, aanbieding, datum of bericht): niet geïmporteerd</translation>
    </message>
    <message>
        <source>“{value}” is not an email address: the lead is kept without one</source>
        <translation>“{value}” is geen e-mailadres: de lead is zonder e-mailadres bewaard</translation>
    </message>
    <message>
        <source>“{value}” could not be read as a date: the lead is kept without one, its reply clock starting at the import</source>
        <translation>“{value}” kon niet als datum worden gelezen: de lead is zonder datum bewaard en de reactieklok loopt vanaf de import</translation>
    </message>
    <message>
        <source>“{value}” is not a country this app knows: kept as written</source>
        <translation>“{value}” is geen land dat deze app kent: bewaard zoals geschreven</translation>
    </message>
    <message>
        <source>“{value}” could not be read as a phone number: kept as written</source>
        <translation>“{value}” kon niet als telefoonnummer worden gelezen: bewaard zoals geschreven</translation>
    </message>
    <message>
        <source>more than {limit:,} rows; split the file</source>
        <translation>meer dan {limit:,} rijen; splits het bestand</translation>
    </message>
    <message>
        <source>the sheet “{sheet}” is empty</source>
        <translation>het werkblad “{sheet}” is leeg</translation>
    </message>
    <message>
        <source>the file has {count} columns; at most {limit} are read</source>
        <translation>het bestand heeft {count} kolommen; er worden er hoogstens {limit} gelezen</translation>
    </message>
    <message>
        <source>the sheet “{sheet}” has {count} columns; at most {limit} are read</source>
        <translation>het werkblad “{sheet}” heeft {count} kolommen; er worden er hoogstens {limit} gelezen</translation>
    </message>
    <message>
        <source>the workbook part {part} is damaged</source>
        <translation>het werkmaponderdeel {part} is beschadigd</translation>
    </message>
    <message>
        <source>this is not a valid Excel workbook (the .xlsx container is damaged or cut off)</source>
        <translation>dit is geen geldige Excel-werkmap (het .xlsx-bestand is beschadigd of afgebroken)</translation>
    </message>
    <message>
        <source>this is a zip archive, but not an Excel workbook</source>
        <translation>dit is een zip-archief, maar geen Excel-werkmap</translation>
    </message>
    <message>
        <source>the workbook has {count:,} parts; that is not a lead export</source>
        <translation>de werkmap heeft {count:,} onderdelen; dat is geen leadexport</translation>
    </message>
    <message>
        <source>the workbook part {part} would unpack to {size:,} MiB; refused as a possible zip bomb</source>
        <translation>het werkmaponderdeel {part} zou uitpakken tot {size:,} MiB; geweigerd als mogelijke zipbom</translation>
    </message>
    <message>
        <source>the workbook part {part} declares XML entities; refused as unsafe</source>
        <translation>het werkmaponderdeel {part} declareert XML-entiteiten; geweigerd als onveilig</translation>
    </message>
    <message>
        <source>the workbook could not be read: it may be damaged, protected by a password, or not a workbook; open it in Excel and save it as .xlsx or CSV</source>
        <translation>de werkmap kon niet worden gelezen: hij is misschien beschadigd, met een wachtwoord beveiligd of geen werkmap; open hem in Excel en sla hem op als .xlsx of CSV</translation>
    </message>
    <message>
        <source>the sheet “{sheet}” has {rows:,} rows × {columns:,} columns; too large</source>
        <translation>het werkblad “{sheet}” heeft {rows:,} rijen × {columns:,} kolommen; te groot</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation>de werkmap heeft geen werkbladen</translation>
    </message>
    <message>
        <source>row %1, column “%2”: %3</source>
        <translation>rij %1, kolom “%2”: %3</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>rij %1: %2</translation>
    </message>
    <message>
        <source>column “%1”: %2</source>
        <translation>kolom “%1”: %2</translation>
    </message>
    <message>
        <source>a connection string with the account key grants full access to the whole storage account (read, change, delete); LeadInbox only reads, and a read-only SAS URL is safer</source>
        <translation>een verbindingsreeks met de accountsleutel geeft volledige toegang tot het hele opslagaccount (lezen, wijzigen, verwijderen); LeadInbox leest alleen, en een SAS-URL met alleen leesrechten is veiliger</translation>
    </message>
    <message>
        <source>this token also allows changing the table; LeadInbox only reads, and a token with read and query rights only is safer</source>
        <translation>met dit token kan de tabel ook worden gewijzigd; LeadInbox leest alleen, en een token met alleen lees- en queryrechten is veiliger</translation>
    </message>
    <message>
        <source>the token expires on {expires}; make a new one before then</source>
        <translation>het token verloopt op {expires}; maak voor die tijd een nieuw</translation>
    </message>
    <message>
        <source>the address must start with https:// (plain http only for this computer&apos;s own emulator)</source>
        <translation>het adres moet met https:// beginnen (gewoon http alleen voor de emulator op deze computer)</translation>
    </message>
    <message>
        <source>the URL holds no shared access signature (its query has no sig=); copy the whole SAS URL</source>
        <translation>de URL bevat geen Shared Access Signature (er staat geen sig= in); kopieer de hele SAS-URL</translation>
    </message>
    <message>
        <source>the URL names no storage account</source>
        <translation>de URL noemt geen opslagaccount</translation>
    </message>
    <message>
        <source>“{table}” is not a valid table name (3 to 63 letters and digits, starting with a letter)</source>
        <translation>“{table}” is geen geldige tabelnaam (3 tot 63 letters en cijfers, beginnend met een letter)</translation>
    </message>
    <message>
        <source>the SAS URL is for the table “{url_table}”, not “{table}”</source>
        <translation>de SAS-URL is voor de tabel “{url_table}”, niet voor “{table}”</translation>
    </message>
    <message>
        <source>this is not a storage connection string (it needs AccountName and AccountKey or SharedAccessSignature)</source>
        <translation>dit is geen verbindingsreeks voor opslag (er zijn AccountName en AccountKey of SharedAccessSignature nodig)</translation>
    </message>
    <message>
        <source>there is no table “{table}” in the storage account {account}</source>
        <translation>er is geen tabel “{table}” in het opslagaccount {account}</translation>
    </message>
    <message>
        <source>the access token expired on {expired}; make a new SAS URL</source>
        <translation>het toegangstoken is verlopen op {expired}; maak een nieuwe SAS-URL</translation>
    </message>
    <message>
        <source>the access token does not allow reading the table (it needs the read and query rights)</source>
        <translation>met het toegangstoken kan de tabel niet worden gelezen (het heeft lees- en queryrechten nodig)</translation>
    </message>
    <message>
        <source>the storage account refused the key or token (it may have been revoked, or be for another table)</source>
        <translation>het opslagaccount weigerde de sleutel of het token (misschien ingetrokken, of voor een andere tabel)</translation>
    </message>
    <message>
        <source>the host {host} was not found (a typo in the account name, or no network)</source>
        <translation>de host {host} is niet gevonden (een typefout in de accountnaam, of geen netwerk)</translation>
    </message>
    <message>
        <source>the storage at {host} cannot be reached (offline, or a firewall)</source>
        <translation>de opslag op {host} is niet bereikbaar (offline, of een firewall)</translation>
    </message>
    <message>
        <source>the storage service is busy (throttled); trying again later</source>
        <translation>de opslagdienst is bezet (afgeremd); later opnieuw proberen</translation>
    </message>
    <message>
        <source>the storage service answered with an error ({code})</source>
        <translation>de opslagdienst gaf een fout ({code})</translation>
    </message>
    <message>
        <source>the key for this source is not on this computer; connect it again</source>
        <translation>de sleutel voor deze bron staat niet op deze computer; maak opnieuw verbinding</translation>
    </message>
    <message>
        <source>Partner Center leads export</source>
        <translation>Partner Center-leadexport</translation>
    </message>
    <message>
        <source>Partner Center leads insights download</source>
        <translation>Partner Center-leadinzichten (download)</translation>
    </message>
    <message>
        <source>Partner Center co-sell export</source>
        <translation>Partner Center-co-sell-export</translation>
    </message>
    <message>
        <source>Azure Table (marketplace leads)</source>
        <translation>Azure Table (marketplaceleads)</translation>
    </message>
    <message>
        <source>HTTPS endpoint leads (JSON)</source>
        <translation>Leads van HTTPS-eindpunt (JSON)</translation>
    </message>
    <message>
        <source>Salesforce report</source>
        <translation>Salesforce-rapport</translation>
    </message>
    <message>
        <source>Salesforce data export</source>
        <translation>Salesforce-gegevensexport</translation>
    </message>
    <message>
        <source>Dynamics 365 export</source>
        <translation>Dynamics 365-export</translation>
    </message>
    <message>
        <source>Marketo export</source>
        <translation>Marketo-export</translation>
    </message>
    <message>
        <source>lead list (columns recognised by name)</source>
        <translation>leadlijst (kolommen herkend aan hun naam)</translation>
    </message>
    <message>
        <source>lead list (columns placed by you)</source>
        <translation>leadlijst (kolommen zelf geplaatst)</translation>
    </message>
    <message>
        <source>the value was {length:,} characters long; kept its first {limit:,}</source>
        <translation>de waarde was {length:,} tekens lang; de eerste {limit:,} zijn bewaard</translation>
    </message>
    <message>
        <source>the value is not text but {kind}; kept as text</source>
        <translation>de waarde is geen tekst maar {kind}; als tekst bewaard</translation>
    </message>
    <message>
        <source>the value is binary; kept as the text it holds</source>
        <translation>de waarde is binair; bewaard als de tekst die erin staat</translation>
    </message>
    <message>
        <source>the value is binary ({size:,} bytes); kept as base64</source>
        <translation>de waarde is binair ({size:,} bytes); bewaard als base64</translation>
    </message>
    <message>
        <source>the action code “{code}” is not one the marketplace is known to send; the lead is kept with it</source>
        <translation>de actiecode “{code}” is geen code die de marketplace bekend is te sturen; de lead is ermee bewaard</translation>
    </message>
    <message>
        <source>this is not an email message (.eml or Outlook .msg)</source>
        <translation>dit is geen e-mailbericht (.eml of Outlook-.msg)</translation>
    </message>
    <message>
        <source>the message is larger than {limit} MB</source>
        <translation>het bericht is groter dan {limit} MB</translation>
    </message>
    <message>
        <source>the message&apos;s header block is larger than 1 MB</source>
        <translation>de kopregels van het bericht zijn groter dan 1 MB</translation>
    </message>
    <message>
        <source>the Outlook message cannot be read ({reason})</source>
        <translation>het Outlook-bericht kan niet worden gelezen ({reason})</translation>
    </message>
    <message>
        <source>the message names no sender and no recipient</source>
        <translation>het bericht noemt geen afzender en geen ontvanger</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>het bestand kan niet worden gelezen ({reason})</translation>
    </message>
    <message>
        <source>“{host}” is not a mail server name</source>
        <translation>“{host}” is geen naam van een mailserver</translation>
    </message>
    <message>
        <source>a password is only sent without TLS to this computer&apos;s own server; use SSL/TLS (port 993) or STARTTLS (port 143)</source>
        <translation>een wachtwoord gaat alleen zonder TLS naar een server op deze computer zelf; gebruik SSL/TLS (poort 993) of STARTTLS (poort 143)</translation>
    </message>
    <message>
        <source>the mail server {host} refused the user name or password (Gmail needs an app password; Microsoft 365 needs “Sign in with Microsoft”)</source>
        <translation>de mailserver {host} weigerde de gebruikersnaam of het wachtwoord (Gmail vraagt een app-wachtwoord; Microsoft 365 vraagt “Aanmelden bij Microsoft”)</translation>
    </message>
    <message>
        <source>the mail server {host} refused the Microsoft sign-in for {user} (expired or withdrawn); sign in again</source>
        <translation>de mailserver {host} weigerde de Microsoft-aanmelding van {user} (verlopen of ingetrokken); meld je opnieuw aan</translation>
    </message>
    <message>
        <source>the mail server {host} was not found (a typo, or no network)</source>
        <translation>de mailserver {host} is niet gevonden (een tikfout, of geen netwerk)</translation>
    </message>
    <message>
        <source>the mail server {host} cannot be reached (offline, or a firewall): {reason}</source>
        <translation>de mailserver {host} is niet bereikbaar (offline, of een firewall): {reason}</translation>
    </message>
    <message>
        <source>a secure connection to {host} failed ({reason})</source>
        <translation>een beveiligde verbinding met {host} is mislukt ({reason})</translation>
    </message>
    <message>
        <source>the mail server {host} answered with an error: {reason}</source>
        <translation>de mailserver {host} gaf een fout: {reason}</translation>
    </message>
    <message>
        <source>the Microsoft sign-in for {user} is no longer valid; sign in again</source>
        <translation>de Microsoft-aanmelding van {user} is niet meer geldig; meld je opnieuw aan</translation>
    </message>
    <message>
        <source>Microsoft did not sign you in: {reason}</source>
        <translation>Microsoft heeft je niet aangemeld: {reason}</translation>
    </message>
    <message>
        <source>Microsoft 365 sign-in needs the application (client) id of an app registration in your organisation</source>
        <translation>aanmelden bij Microsoft 365 vraagt de toepassings-id (client-id) van een app-registratie in je organisatie</translation>
    </message>
    <message>
        <source>another customer (#{other}) has the email {email}</source>
        <translation>een andere klant (#{other}) heeft het e-mailadres {email}</translation>
    </message>
    <message>
        <source>the {field} is longer than {limit} characters</source>
        <translation>{field} is langer dan {limit} tekens</translation>
    </message>
    <message>
        <source>“{value}” is not an email address</source>
        <translation>“{value}” is geen e-mailadres</translation>
    </message>
    <message>
        <source>“{value}” is not a country LeadInbox knows (try its two-letter code, e.g. NL)</source>
        <translation>“{value}” is geen land dat LeadInbox kent (probeer de tweeletterige code, bijv. NL)</translation>
    </message>
    <message>
        <source>give an email or a phone number, so the customer can be answered</source>
        <translation>geef een e-mailadres of een telefoonnummer, zodat de klant antwoord kan krijgen</translation>
    </message>
    <message>
        <source>the lead could not be added</source>
        <translation>de lead kon niet worden toegevoegd</translation>
    </message>
    <message>
        <source>a customer cannot be merged with themselves</source>
        <translation>een klant kan niet met zichzelf worden samengevoegd</translation>
    </message>
    <message>
        <source>a tag cannot be empty</source>
        <translation>een label kan niet leeg zijn</translation>
    </message>
    <message>
        <source>a tag is at most {limit} characters</source>
        <translation>een label is hoogstens {limit} tekens lang</translation>
    </message>
    <message>
        <source>a tag cannot hold a comma</source>
        <translation>een label kan geen komma bevatten</translation>
    </message>
    <message>
        <source>this customer is no longer in LeadInbox (erased or removed by an undone import)</source>
        <translation>deze klant staat niet meer in LeadInbox (gewist, of verwijderd door een ongedaan gemaakte import)</translation>
    </message>
    <message>
        <source>this customer asked not to be contacted (a Do-not-contact lead); LeadInbox will not email, call or plan attempts for them</source>
        <translation>deze klant heeft gevraagd niet benaderd te worden (een Niet-benaderen-lead); LeadInbox zal hem niet mailen, bellen of pogingen voor hem plannen</translation>
    </message>
    <message>
        <source>there is no open lead of this customer to log the reply on</source>
        <translation>deze klant heeft geen open lead om het antwoord op vast te leggen</translation>
    </message>
    <message>
        <source>there is no open lead of this customer to log the attempt on</source>
        <translation>deze klant heeft geen open lead om de poging op vast te leggen</translation>
    </message>
    <message>
        <source>reopen a closed lead before logging the reply on it</source>
        <translation>heropen een afgesloten lead voordat je er een antwoord op vastlegt</translation>
    </message>
    <message>
        <source>reopen a closed lead before logging the attempt on it</source>
        <translation>heropen een afgesloten lead voordat je er een poging op vastlegt</translation>
    </message>
    <message>
        <source>some of these leads no longer exist</source>
        <translation>sommige van deze leads bestaan niet meer</translation>
    </message>
    <message>
        <source>a Do-not-contact lead from the marketplace keeps that status</source>
        <translation>een Niet-benaderen-lead uit de marketplace houdt die status</translation>
    </message>
    <message>
        <source>reopen the lead as New first: it is marked Do not contact</source>
        <translation>heropen de lead eerst als Nieuw: hij is gemarkeerd als Niet benaderen</translation>
    </message>
    <message>
        <source>the number of days cannot be negative</source>
        <translation>het aantal dagen kan niet negatief zijn</translation>
    </message>
    <message>
        <source>the amount must be a number of zero or more</source>
        <translation>het bedrag moet een getal van nul of meer zijn</translation>
    </message>
    <message>
        <source>the currency is a three-letter code such as EUR or USD</source>
        <translation>de valuta is een code van drie letters, zoals EUR of USD</translation>
    </message>
    <message>
        <source>only a Won or Qualified lead has a deal value</source>
        <translation>alleen een Gewonnen of Gekwalificeerde lead heeft een dealwaarde</translation>
    </message>
    <message>
        <source>an empty note</source>
        <translation>een lege notitie</translation>
    </message>
    <message>
        <source>a call lasts between 5 minutes and a day</source>
        <translation>een gesprek duurt tussen 5 minuten en een dag</translation>
    </message>
    <message>
        <source>“{name}” ({company}) had no email: joined to the one customer with an email and that name and company</source>
        <translation>“{name}” ({company}) had geen e-mailadres: samengevoegd met de enige klant met een e-mailadres en die naam en dat bedrijf</translation>
    </message>
    <message>
        <source>“{name}” ({company}) has no email, and {count} customers with an email have that name and company: kept as a customer of its own</source>
        <translation>“{name}” ({company}) heeft geen e-mailadres, en {count} klanten met een e-mailadres hebben die naam en dat bedrijf: als eigen klant bewaard</translation>
    </message>
    <message>
        <source>offer id “{offer_id}” is paired with “{name}”, the name of offer “{other}”: neither offer is renamed</source>
        <translation>offer-id “{offer_id}” staat bij “{name}”, de naam van offer “{other}”: geen van beide offers krijgt een andere naam</translation>
    </message>
</context>
<context>
    <name>Criteria</name>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Beslissingsbevoegdheid</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Behoefte</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdpad</translation>
    </message>
</context>
<context>
    <name>CriteriaEditor</name>
    <message>
        <source>Double-click or press F2 to rename; drag to reorder.</source>
        <translation>Dubbelklik of druk op F2 om te hernoemen; sleep om de volgorde te wijzigen.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Omhoo&amp;g</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Omlaa&amp;g</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Nieuw criterium</translation>
    </message>
</context>
<context>
    <name>DataFolderRow</name>
    <message>
        <source>that is the current data folder</source>
        <translation>dat is de huidige gegevensmap</translation>
    </message>
    <message>
        <source>the new folder cannot be inside the current one, nor hold it</source>
        <translation>de nieuwe map kan niet in de huidige liggen, en de huidige ook niet bevatten</translation>
    </message>
    <message>
        <source>the folder is not empty; choose an empty or a new folder</source>
        <translation>de map is niet leeg; kies een lege of een nieuwe map</translation>
    </message>
    <message>
        <source>the copy of the database did not check out; nothing was moved</source>
        <translation>de kopie van de database klopte niet; er is niets verplaatst</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Verplaatsen…</translation>
    </message>
    <message>
        <source>Copy the database and its backups to another folder</source>
        <translation>De database en de back-ups naar een andere map kopiëren</translation>
    </message>
    <message>
        <source>The LEADINBOX_DATA_DIR environment variable sets the data folder.</source>
        <translation>De omgevingsvariabele LEADINBOX_DATA_DIR bepaalt de gegevensmap.</translation>
    </message>
    <message>
        <source>This database was opened with --db or LEADINBOX_DB, outside the data folder.</source>
        <translation>Deze database is geopend met --db of LEADINBOX_DB, buiten de gegevensmap.</translation>
    </message>
    <message>
        <source>Move the data folder to</source>
        <translation>Gegevensmap verplaatsen naar</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Gegevensmap</translation>
    </message>
    <message>
        <source>Cannot move there: %1.</source>
        <translation>Kan niet daarheen verplaatsen: %1.</translation>
    </message>
    <message>
        <source>Moves to %1 when you click OK; LeadInbox then closes, and works from there when you start it again.</source>
        <translation>Wordt naar %1 verplaatst als je op OK klikt; LeadInbox sluit dan af en werkt vanaf daar als je het opnieuw start.</translation>
    </message>
    <message>
        <source>An import is running; move the data folder when it has finished.</source>
        <translation>Er loopt een import; verplaats de gegevensmap als die klaar is.</translation>
    </message>
    <message>
        <source>The data folder was not moved: %1</source>
        <translation>De gegevensmap is niet verplaatst: %1</translation>
    </message>
    <message>
        <source>Your data is now in %1. LeadInbox closes now; start it again to work from there. The old folder %2 is kept until you delete it.</source>
        <translation>Je gegevens staan nu in %1. LeadInbox sluit nu af; start het opnieuw om vanaf daar te werken. De oude map %2 blijft bestaan tot je hem verwijdert.</translation>
    </message>
</context>
<context>
    <name>DatabaseGuard</name>
    <message>
        <source>Could not write the database</source>
        <translation>De database kon niet worden geschreven</translation>
    </message>
    <message>
        <source>LeadInbox is open on %1 in another window: choose another place.</source>
        <translation>LeadInbox is in een ander venster geopend op %1: kies een andere plek.</translation>
    </message>
    <message>
        <source>The database was written to %1; nothing was lost.</source>
        <translation>De database is naar %1 geschreven; er is niets verloren gegaan.</translation>
    </message>
    <message>
        <source>The database file %1 was deleted or moved while LeadInbox was open.</source>
        <translation>Het databasebestand %1 is verwijderd of verplaatst terwijl LeadInbox open was.</translation>
    </message>
    <message>
        <source>The database file %1 was replaced by another file while LeadInbox was open.</source>
        <translation>Het databasebestand %1 is door een ander bestand vervangen terwijl LeadInbox open was.</translation>
    </message>
    <message>
        <source>LeadInbox still has your data open, with everything you did since: nothing is lost, and nothing is written until you choose. Write it back there and continue, save it in another place and continue there, or quit (a copy is then kept in the backups folder).</source>
        <translation>LeadInbox heeft je gegevens nog open, met alles wat je sindsdien hebt gedaan: er is niets verloren, en er wordt niets geschreven tot je kiest. Schrijf ze daar terug en ga verder, sla ze op een andere plek op en ga daar verder, of sluit af (er wordt dan een kopie bewaard in de map met back-ups).</translation>
    </message>
    <message>
        <source>LeadInbox quits</source>
        <translation>LeadInbox sluit af</translation>
    </message>
    <message>
        <source>A copy of the database as LeadInbox had it is kept as %1. Restore it with File › Restore backup… or `leadinbox restore`.</source>
        <translation>Een kopie van de database zoals LeadInbox die had, is bewaard als %1. Zet die terug met Bestand › Back-up terugzetten… of `leadinbox restore`.</translation>
    </message>
    <message>
        <source>The database file is gone</source>
        <translation>Het databasebestand is weg</translation>
    </message>
    <message>
        <source>Write it back</source>
        <translation>Terugschrijven</translation>
    </message>
    <message>
        <source>Save in another place…</source>
        <translation>Op een andere plek opslaan…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Save the database</source>
        <translation>Database opslaan</translation>
    </message>
    <message>
        <source>LeadInbox database (*.sqlite)</source>
        <translation>LeadInbox-database (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <source>Deal value</source>
        <translation>Dealwaarde</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Bedrag:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Valuta:</translation>
    </message>
    <message>
        <source>&amp;Remove value</source>
        <translation>Waarde &amp;verwijderen</translation>
    </message>
    <message>
        <source>The funnel report adds up the value won and the value in the pipeline per offer.</source>
        <translation>Het trechterrapport telt per aanbod de gewonnen waarde en de waarde in de pijplijn op.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Every planned attempt was made without a reply.</source>
        <translation>Alle geplande pogingen zijn gedaan zonder antwoord.</translation>
    </message>
    <message>
        <source>Close as no response</source>
        <translation>Afsluiten: geen reactie</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Copy the email address to the clipboard</source>
        <translation>Het e-mailadres naar het klembord kopiëren</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefoon:</translation>
    </message>
    <message>
        <source>Copy the phone number to the clipboard</source>
        <translation>Het telefoonnummer naar het klembord kopiëren</translation>
    </message>
    <message>
        <source>Select a customer to see their contact details and timeline.</source>
        <translation>Selecteer een klant om de contactgegevens en tijdlijn te zien.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>colleagues</source>
        <translation>collega&apos;s</translation>
    </message>
    <message>
        <source>Click the company to see its customers together</source>
        <translation>Klik op het bedrijf om de klanten ervan samen te zien</translation>
    </message>
    <message>
        <source>Remove this tag</source>
        <translation>Dit label verwijderen</translation>
    </message>
    <message>
        <source>+ tag</source>
        <translation>+ label</translation>
    </message>
    <message numerus="yes">
        <source>%Ln attempt(s), the last on %1</source>
        <translation>
            <numerusform>%Ln poging, de laatste op %1</numerusform>
            <numerusform>%Ln pogingen, de laatste op %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 works this customer</source>
        <translation>%1 werkt deze klant</translation>
    </message>
    <message>
        <source>DO NOT CONTACT. This customer asked not to be contacted: LeadInbox will not email, call or plan attempts for them.</source>
        <translation>NIET BENADEREN. Deze klant wil niet benaderd worden: LeadInbox zal hem niet mailen, bellen of pogingen voor hem plannen.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>Edit the contact details (F2); kept over later imports</source>
        <translation>Contactgegevens bewerken (F2); blijven bewaard bij latere imports</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offers:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Aanbiedingen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>no attempt yet</source>
        <translation>nog geen poging</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
</context>
<context>
    <name>Discard</name>
    <message>
        <source>Discard what you wrote?</source>
        <translation>Weggooien wat je schreef?</translation>
    </message>
    <message>
        <source>Close without saving what you wrote?</source>
        <translation>Sluiten zonder op te slaan wat je schreef?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Weggooien</translation>
    </message>
    <message>
        <source>&amp;Keep writing</source>
        <translation>&amp;Verder schrijven</translation>
    </message>
</context>
<context>
    <name>Due</name>
    <message>
        <source>overdue %1</source>
        <translation>%1 te laat</translation>
    </message>
    <message>
        <source>reply overdue %1</source>
        <translation>antwoord %1 te laat</translation>
    </message>
    <message>
        <source>attempt overdue %1</source>
        <translation>poging %1 te laat</translation>
    </message>
    <message>
        <source>call overdue %1</source>
        <translation>gesprek %1 te laat</translation>
    </message>
    <message>
        <source>close? no reply</source>
        <translation>afsluiten? geen antwoord</translation>
    </message>
    <message>
        <source>due in %1</source>
        <translation>over %1</translation>
    </message>
    <message>
        <source>reply due in %1</source>
        <translation>antwoord binnen %1</translation>
    </message>
    <message>
        <source>next attempt in %1</source>
        <translation>volgende poging over %1</translation>
    </message>
    <message>
        <source>call in %1</source>
        <translation>gesprek over %1</translation>
    </message>
    <message>
        <source>close? in %1</source>
        <translation>afsluiten? over %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <translation>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h</source>
        <translation>
            <numerusform>%Ln u</numerusform>
            <numerusform>%Ln u</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln d</source>
        <translation>
            <numerusform>%Ln d</numerusform>
            <numerusform>%Ln d</numerusform>
        </translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation>niet benaderen</translation>
    </message>
</context>
<context>
    <name>EmailDialog</name>
    <message>
        <source>Email %s</source>
        <translation>%s mailen</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Aan:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Onderwerp:</translation>
    </message>
    <message>
        <source>&amp;Open in mail app</source>
        <translation>&amp;Openen in mailprogramma</translation>
    </message>
    <message>
        <source>Copy s&amp;ubject</source>
        <translation>Ond&amp;erwerp kopiëren</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>Tekst &amp;kopiëren</translation>
    </message>
    <message>
        <source>Save as &amp;draft…</source>
        <translation>Als &amp;concept opslaan…</translation>
    </message>
    <message>
        <source>Do&amp;ne</source>
        <translation>Kl&amp;aar</translation>
    </message>
    <message>
        <source>No mail app could be opened. Copy the subject and then the text into a new email in your mail program or webmail, or save the email as a draft that a mail app opens whole.</source>
        <translation>Er kon geen mailprogramma worden geopend. Kopieer het onderwerp en daarna de tekst naar een nieuwe e-mail in je mailprogramma of webmail, of sla de e-mail op als concept dat een mailprogramma in zijn geheel opent.</translation>
    </message>
    <message>
        <source>Your name and signature are not set: Edit › Settings › General.</source>
        <translation>Je naam en handtekening zijn nog niet ingesteld: Bewerken › Instellingen › Algemeen.</translation>
    </message>
    <message>
        <source>Save email as draft</source>
        <translation>E-mail als concept opslaan</translation>
    </message>
    <message>
        <source>Email message (*.eml)</source>
        <translation>E-mailbericht (*.eml)</translation>
    </message>
    <message>
        <source>Subject copied: paste it into the email&apos;s subject, then copy the text.</source>
        <translation>Onderwerp gekopieerd: plak het in het onderwerp van de e-mail en kopieer dan de tekst.</translation>
    </message>
    <message>
        <source>Text copied: paste it into the email.</source>
        <translation>Tekst gekopieerd: plak hem in de e-mail.</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Het concept kon niet worden opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>EmailingMixin</name>
    <message>
        <source>No email address</source>
        <translation>Geen e-mailadres</translation>
    </message>
    <message>
        <source>This customer has no usable email address.</source>
        <translation>Deze klant heeft geen bruikbaar e-mailadres.</translation>
    </message>
    <message>
        <source>Draft saved as %1: open it in your mail app to send it.</source>
        <translation>Concept opgeslagen als %1: open het in je mailprogramma om het te versturen.</translation>
    </message>
    <message>
        <source>Log attempt?</source>
        <translation>Poging vastleggen?</translation>
    </message>
    <message>
        <source>Log this email as attempt %d?</source>
        <translation>Deze e-mail vastleggen als poging %d?</translation>
    </message>
    <message>
        <source>Paste the text</source>
        <translation>Plak de tekst</translation>
    </message>
    <message>
        <source>This email is too long for a mail link (some mail apps, Outlook among them, cut it off): your mail app opens with the subject only, and the text is on the clipboard. Paste it into the email.</source>
        <translation>Deze e-mail is te lang voor een maillink (sommige mailprogramma&apos;s, waaronder Outlook, kappen hem af): je mailprogramma opent met alleen het onderwerp en de tekst staat op het klembord. Plak hem in de e-mail.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>
&lt;h2&gt;Drop lead files here&lt;/h2&gt;
&lt;p&gt;LeadInbox reads the lead exports of the Microsoft commercial marketplace:&lt;/p&gt;
&lt;p&gt;Partner Center &lt;i&gt;Referrals › Leads › Export&lt;/i&gt; (CSV) · Azure Table &lt;i&gt;MarketplaceLeads&lt;/i&gt; (CSV)&lt;br&gt;
HTTPS endpoint payloads (JSON, JSON Lines) · Dynamics 365 &lt;i&gt;Export to Excel&lt;/i&gt; (XLSX)&lt;br&gt;
Salesforce and Marketo reports (CSV, XLSX)&lt;/p&gt;
&lt;p&gt;Customers who show up in several files become one customer with one timeline.&lt;br&gt;
Everything stays on this computer.&lt;/p&gt;
</source>
        <translation>
&lt;h2&gt;Sleep leadbestanden hierheen&lt;/h2&gt;
&lt;p&gt;LeadInbox leest de lead-exports van de commerciële marketplace van Microsoft:&lt;/p&gt;
&lt;p&gt;Partner Center &lt;i&gt;Referrals › Leads › Export&lt;/i&gt; (CSV) · Azure Table &lt;i&gt;MarketplaceLeads&lt;/i&gt; (CSV)&lt;br&gt;
HTTPS-endpointberichten (JSON, JSON Lines) · Dynamics 365 &lt;i&gt;Exporteren naar Excel&lt;/i&gt; (XLSX)&lt;br&gt;
Rapporten uit Salesforce en Marketo (CSV, XLSX)&lt;/p&gt;
&lt;p&gt;Klanten die in meerdere bestanden voorkomen, worden één klant met één tijdlijn.&lt;br&gt;
Alles blijft op deze computer.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Bestanden importeren…</translation>
    </message>
    <message>
        <source>Open sample data</source>
        <translation>Voorbeeldgegevens openen</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase person</source>
        <translation>Persoon wissen</translation>
    </message>
    <message>
        <source>this customer</source>
        <translation>deze klant</translation>
    </message>
    <message>
        <source>Erase &lt;b&gt;%s&lt;/b&gt; and everything recorded about them?</source>
        <translation>&lt;b&gt;%s&lt;/b&gt; wissen, met alles wat over deze persoon is vastgelegd?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s), with the rows they were imported from</source>
        <translation>
            <numerusform>%Ln lead, met de rij waaruit die is geïmporteerd</numerusform>
            <numerusform>%Ln leads, met de rijen waaruit ze zijn geïmporteerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attempt(s)</source>
        <translation>
            <numerusform>%Ln poging</numerusform>
            <numerusform>%Ln pogingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln notitie</numerusform>
            <numerusform>%Ln notities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln planned call(s)</source>
        <translation>
            <numerusform>%Ln gepland belmoment</numerusform>
            <numerusform>%Ln geplande belmomenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln status change(s), and their entry in the search</source>
        <translation>
            <numerusform>%Ln statuswijziging, en hun vermelding in de zoekindex</numerusform>
            <numerusform>%Ln statuswijzigingen, en hun vermelding in de zoekindex</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>their copies in %Ln backup(s) in the data folder</source>
        <translation>
            <numerusform>hun kopieën in %Ln back-up in de gegevensmap</numerusform>
            <numerusform>hun kopieën in %Ln back-ups in de gegevensmap</numerusform>
        </translation>
    </message>
    <message>
        <source>A one-way code of their email (or name and company) is kept, so importing an old file does not bring them back; the import report counts the rows it skips. Copies outside LeadInbox (exports, your own backups) are not reached.</source>
        <translation>Een onomkeerbare code van het e-mailadres (of naam en bedrijf) blijft bewaard, zodat een oud bestand importeren deze persoon niet terugbrengt; het importrapport telt de overgeslagen rijen. Kopieën buiten LeadInbox (exports, je eigen back-ups) worden niet bereikt.</translation>
    </message>
    <message>
        <source>I understand this cannot be undone</source>
        <translation>Ik begrijp dat dit niet ongedaan kan worden gemaakt</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Wissen</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Nothing was changed</source>
        <translation>Er is niets gewijzigd</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Onverwachte fout</translation>
    </message>
    <message>
        <source>Something went wrong inside LeadInbox. Your data is safe: nothing was half-written. The details below help us fix it.</source>
        <translation>Er ging iets mis in LeadInbox. Je gegevens zijn veilig: niets is half weggeschreven. Met de details hieronder kunnen we het oplossen.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export leads</source>
        <translation>Leads exporteren</translation>
    </message>
    <message numerus="yes">
        <source>The current view: %Ln lead(s)</source>
        <translation>
            <numerusform>De huidige weergave: %Ln lead</numerusform>
            <numerusform>De huidige weergave: %Ln leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The selected rows: %Ln lead(s)</source>
        <translation>
            <numerusform>De geselecteerde rijen: %Ln lead</numerusform>
            <numerusform>De geselecteerde rijen: %Ln leads</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-werkmap (.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (.csv)</source>
        <translation>CSV, UTF-8 (.csv)</translation>
    </message>
    <message>
        <source>Dynamics 365 lead import (.csv)</source>
        <translation>Dynamics 365-leadimport (.csv)</translation>
    </message>
    <message>
        <source>Salesforce lead import (.csv)</source>
        <translation>Salesforce-leadimport (.csv)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>Export &amp;annuleren</translation>
    </message>
    <message>
        <source>Leads:</source>
        <translation>Leads:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Indeling:</translation>
    </message>
    <message>
        <source>Real dates, a frozen header row and the follow-up history; LeadInbox can import the file again.</source>
        <translation>Echte datums, een vastgezette kopregel en de opvolggeschiedenis; LeadInbox kan het bestand weer importeren.</translation>
    </message>
    <message>
        <source>UTF-8 with a byte-order mark, so Excel shows accents and Chinese right; LeadInbox can import the file again.</source>
        <translation>UTF-8 met byte-order mark, zodat Excel accenten en Chinees goed toont; LeadInbox kan het bestand weer importeren.</translation>
    </message>
    <message>
        <source>For Dynamics 365 Sales › Import from CSV: the Lead&apos;s display names, Status Reason, and the follow-up history as the Description.</source>
        <translation>Voor Dynamics 365 Sales › Importeren uit CSV: de weergavenamen van Lead, Statusreden, en de opvolggeschiedenis als Beschrijving.</translation>
    </message>
    <message>
        <source>For Salesforce&apos;s Data Import Wizard: Lead field labels, Lead Status, and the follow-up history as the Description (UTF-8 without a BOM).</source>
        <translation>Voor de Data Import Wizard van Salesforce: veldlabels van Lead, Lead Status, en de opvolggeschiedenis als Description (UTF-8 zonder BOM).</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-bestand (*.csv)</translation>
    </message>
    <message>
        <source>%1 of %2 leads</source>
        <translation>%1 van %2 leads</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export geannuleerd; er is geen bestand geschreven.</translation>
    </message>
    <message>
        <source>The export failed; no file was written.
%s</source>
        <translation>De export is mislukt; er is geen bestand geschreven.
%s</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln lead(s) to %1.</source>
        <translation>
            <numerusform>%Ln lead geëxporteerd naar %1.</numerusform>
            <numerusform>%Ln leads geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Lead id</source>
        <translation>Lead-id</translation>
    </message>
    <message>
        <source>Created (date)</source>
        <translation>Aangemaakt (datum)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Provincie/staat</translation>
    </message>
    <message>
        <source>Lead source (Source-Action|Offer)</source>
        <translation>Leadbron (Source-Action|Offer)</translation>
    </message>
    <message>
        <source>Action / call to action</source>
        <translation>Actie / call-to-action</translation>
    </message>
    <message>
        <source>Offer name</source>
        <translation>Naam aanbieding</translation>
    </message>
    <message>
        <source>Offer id</source>
        <translation>Id aanbieding</translation>
    </message>
    <message>
        <source>Notes / description</source>
        <translation>Notities / beschrijving</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search name, email, phone, company, offer, notes… (press / to search)</source>
        <translation>Zoek op naam, e-mail, telefoon, bedrijf, aanbieding, notities… (druk op / om te zoeken)</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Elke actie</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Elke bron</translation>
    </message>
    <message>
        <source>Any offer</source>
        <translation>Elke aanbieding</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Elk land</translation>
    </message>
    <message>
        <source>Anyone&apos;s</source>
        <translation>Van iedereen</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Van mij</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Elk label</translation>
    </message>
    <message>
        <source>Show every company again</source>
        <translation>Weer alle bedrijven tonen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>From (lead date)</source>
        <translation>Van (leaddatum)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>To (lead date)</source>
        <translation>Tot (leaddatum)</translation>
    </message>
    <message>
        <source>Hide test leads</source>
        <translation>Testleads verbergen</translation>
    </message>
    <message>
        <source>Hide do-not-contact</source>
        <translation>Niet-benaderen verbergen</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Alle filters wissen</translation>
    </message>
    <message>
        <source>Unclaimed</source>
        <translation>Niet geclaimd</translation>
    </message>
    <message>
        <source>Company: %1 ✕</source>
        <translation>Bedrijf: %1 ✕</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more in All – &lt;a href=&apos;all&apos;&gt;show them&lt;/a&gt; (Alt+A)</source>
        <translation>
            <numerusform>Nog %Ln in Alle – &lt;a href=&apos;all&apos;&gt;tonen&lt;/a&gt; (Alt+A)</numerusform>
            <numerusform>Nog %Ln in Alle – &lt;a href=&apos;all&apos;&gt;tonen&lt;/a&gt; (Alt+A)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>customer %1</source>
        <translation>klant %1</translation>
    </message>
    <message>
        <source>Log attempt for %1</source>
        <translation>Poging vastleggen voor %1</translation>
    </message>
    <message>
        <source>Log reply from %1</source>
        <translation>Antwoord van %1 vastleggen</translation>
    </message>
    <message>
        <source>%2 for %1</source>
        <translation>%2 voor %1</translation>
    </message>
    <message>
        <source>Add note for %1</source>
        <translation>Notitie toevoegen voor %1</translation>
    </message>
    <message>
        <source>Plan call with %1</source>
        <translation>Gesprek plannen met %1</translation>
    </message>
    <message>
        <source>Mark call with %1 done</source>
        <translation>Gesprek met %1 als gedaan markeren</translation>
    </message>
    <message>
        <source>Assign owner for %1</source>
        <translation>Eigenaar toewijzen voor %1</translation>
    </message>
    <message>
        <source>Qualify %1</source>
        <translation>%1 kwalificeren</translation>
    </message>
    <message numerus="yes">
        <source>%1 for %Ln customer(s)</source>
        <translation>
            <numerusform>%1 voor %Ln klant</numerusform>
            <numerusform>%1 voor %Ln klanten</numerusform>
        </translation>
    </message>
    <message>
        <source>Start from today</source>
        <translation>Vanaf vandaag opnieuw beginnen</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>Label %1</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>Label %1 verwijderen</translation>
    </message>
    <message>
        <source>Edit contact details</source>
        <translation>Contactgegevens bewerken</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>Klanten samenvoegen</translation>
    </message>
    <message>
        <source>Add lead by hand</source>
        <translation>Lead handmatig toevoegen</translation>
    </message>
    <message>
        <source>Deal value</source>
        <translation>Dealwaarde</translation>
    </message>
</context>
<context>
    <name>FollowUpActions</name>
    <message>
        <source>Do not contact</source>
        <translation>Niet benaderen</translation>
    </message>
    <message>
        <source>This customer asked not to be contacted (a Do-not-contact lead). LeadInbox will not email, call or plan attempts for them.</source>
        <translation>Deze klant heeft gevraagd niet benaderd te worden (een lead met ‘niet benaderen’). LeadInbox zal hen niet mailen, bellen of pogingen plannen.</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Niet mogelijk</translation>
    </message>
    <message>
        <source>This customer is no longer in LeadInbox (erased, or removed by an undone import).</source>
        <translation>Deze klant staat niet meer in LeadInbox (gewist, of verwijderd doordat een import ongedaan is gemaakt).</translation>
    </message>
    <message>
        <source>No open lead</source>
        <translation>Geen open lead</translation>
    </message>
    <message>
        <source>All leads of this customer are closed. Reopen one to log the reply on it.</source>
        <translation>Alle leads van deze klant zijn afgesloten. Heropen er een om het antwoord erop vast te leggen.</translation>
    </message>
    <message>
        <source>All leads of this customer are closed. Reopen one to log an attempt on it.</source>
        <translation>Alle leads van deze klant zijn afgesloten. Heropen er een om er een poging op vast te leggen.</translation>
    </message>
    <message numerus="yes">
        <source>Attempt logged on %Ln lead(s).</source>
        <translation>
            <numerusform>Poging vastgelegd op %Ln lead.</numerusform>
            <numerusform>Poging vastgelegd op %Ln leads.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close as Lost?</source>
        <translation>Afsluiten als Verloren?</translation>
    </message>
    <message>
        <source>The customer is not reachable or not interested. Close the lead(s) as Lost?</source>
        <translation>De klant is niet bereikbaar of heeft geen interesse. De lead(s) afsluiten als Verloren?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open lead(s)</source>
        <translation>
            <numerusform>%Ln open lead</numerusform>
            <numerusform>%Ln open leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln do-not-contact customer(s) left out.</source>
        <translation>
            <numerusform>%Ln klant die niet benaderd wil worden, weggelaten.</numerusform>
            <numerusform>%Ln klanten die niet benaderd willen worden, weggelaten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) without an open lead left out.</source>
        <translation>
            <numerusform>%Ln klant zonder open lead weggelaten.</numerusform>
            <numerusform>%Ln klanten zonder open lead weggelaten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Log attempt for %Ln customer(s)</source>
        <translation>
            <numerusform>Poging vastleggen voor %Ln klant</numerusform>
            <numerusform>Poging vastleggen voor %Ln klanten</numerusform>
        </translation>
    </message>
    <message>
        <source>The customers are not reachable or not interested. Close their leads as Lost?</source>
        <translation>De klanten zijn niet bereikbaar of niet geïnteresseerd. Hun leads sluiten als Verloren?</translation>
    </message>
    <message numerus="yes">
        <source>Attempt logged for %Ln customer(s).</source>
        <translation>
            <numerusform>Poging vastgelegd voor %Ln klant.</numerusform>
            <numerusform>Poging vastgelegd voor %Ln klanten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln do not contact</source>
        <translation>
            <numerusform>%Ln niet benaderen</numerusform>
            <numerusform>%Ln niet benaderen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without an open lead</source>
        <translation>
            <numerusform>%Ln zonder open lead</numerusform>
            <numerusform>%Ln zonder open lead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without a phone number</source>
        <translation>
            <numerusform>%Ln zonder telefoonnummer</numerusform>
            <numerusform>%Ln zonder telefoonnummer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without an email address</source>
        <translation>
            <numerusform>%Ln zonder e-mailadres</numerusform>
            <numerusform>%Ln zonder e-mailadres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not ticked</source>
        <translation>
            <numerusform>%Ln niet aangevinkt</numerusform>
            <numerusform>%Ln niet aangevinkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected customer(s) left out: %1.</source>
        <translation>
            <numerusform>%Ln gekozen klant weggelaten: %1.</numerusform>
            <numerusform>%Ln gekozen klanten weggelaten: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the reasons customers were left out</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>Reply recorded on %Ln lead(s).</source>
        <translation>
            <numerusform>Antwoord vastgelegd op %Ln lead.</numerusform>
            <numerusform>Antwoord vastgelegd op %Ln leads.</numerusform>
        </translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation>Geen telefoonnummer</translation>
    </message>
    <message>
        <source>This customer has no phone number.</source>
        <translation>Deze klant heeft geen telefoonnummer.</translation>
    </message>
    <message>
        <source>No phone app</source>
        <translation>Geen bel-app</translation>
    </message>
    <message>
        <source>No app for phone calls could be opened. Dial %1 yourself; then log how the call went.</source>
        <translation>Er kon geen app voor telefoongesprekken worden geopend. Bel %1 zelf en leg daarna vast hoe het gesprek ging.</translation>
    </message>
    <message>
        <source>Nothing to change</source>
        <translation>Niets te wijzigen</translation>
    </message>
    <message>
        <source>No lead of this customer can be moved to %s.</source>
        <translation>Geen enkele lead van deze klant kan naar %s.</translation>
    </message>
    <message>
        <source>This customer asked not to be contacted. Mark their leads as Contacted anyway?</source>
        <translation>Deze klant vroeg om niet benaderd te worden. Hun leads toch als Benaderd markeren?</translation>
    </message>
    <message>
        <source>Do not contact?</source>
        <translation>Niet benaderen?</translation>
    </message>
    <message>
        <source>Mark this customer as Do not contact? LeadInbox will then refuse to email, call or plan attempts for them (Ctrl+Z undoes it).</source>
        <translation>Deze klant markeren als Niet benaderen? LeadInbox weigert dan hen te mailen, te bellen of pogingen te plannen (Ctrl+Z maakt dit ongedaan).</translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln lead(s) to %1.</source>
        <translation>
            <numerusform>%Ln lead naar %1 verplaatst.</numerusform>
            <numerusform>%Ln leads naar %1 verplaatst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notitie toevoegen</translation>
    </message>
    <message>
        <source>Note (searchable, kept with the customer; Ctrl+Enter saves):</source>
        <translation>Notitie (doorzoekbaar, bewaard bij de klant; Ctrl+Enter slaat op):</translation>
    </message>
</context>
<context>
    <name>FollowUpBar</name>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Write from a template (E)</source>
        <translation>Schrijven vanuit een sjabloon (E)</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Bellen</translation>
    </message>
    <message>
        <source>Call with your phone app (C)</source>
        <translation>Bellen met je telefoonapp (C)</translation>
    </message>
    <message>
        <source>Log attempt</source>
        <translation>Poging</translation>
    </message>
    <message>
        <source>Log an email or call (A)</source>
        <translation>Een e-mail of gesprek vastleggen (A)</translation>
    </message>
    <message>
        <source>Plan call</source>
        <translation>Inplannen</translation>
    </message>
    <message>
        <source>Schedule a call or meeting (P)</source>
        <translation>Een gesprek of afspraak plannen (P)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Add a note (N)</source>
        <translation>Een notitie toevoegen (N)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Move, close or reopen (S)</source>
        <translation>Verplaatsen, afsluiten of heropenen (S)</translation>
    </message>
    <message>
        <source>Reopen as New</source>
        <translation>Heropenen als Nieuw</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers selected: Status, Log attempt and Plan call act on all of them.</source>
        <translation>
            <numerusform>%Ln klant geselecteerd: Status, Poging vastleggen en Gesprek plannen werken op allemaal.</numerusform>
            <numerusform>%Ln klanten geselecteerd: Status, Poging vastleggen en Gesprek plannen werken op allemaal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Do not contact: this customer asked not to be contacted.</source>
        <translation>Niet benaderen: deze klant heeft gevraagd niet benaderd te worden.</translation>
    </message>
</context>
<context>
    <name>FollowUpController</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;doen</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Bellen</translation>
    </message>
    <message>
        <source>Log &amp;attempt…</source>
        <translation>&amp;Poging vastleggen…</translation>
    </message>
    <message>
        <source>Log &amp;reply</source>
        <translation>&amp;Antwoord vastleggen</translation>
    </message>
    <message>
        <source>&amp;Plan call…</source>
        <translation>&amp;Gesprek plannen…</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>&amp;Notitie toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Qualify…</source>
        <translation>&amp;Kwalificeren…</translation>
    </message>
    <message>
        <source>Mark &amp;won</source>
        <translation>Als ge&amp;wonnen markeren</translation>
    </message>
    <message>
        <source>Mark &amp;lost</source>
        <translation>Als ver&amp;loren markeren</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Heropenen</translation>
    </message>
    <message>
        <source>E&amp;mail…</source>
        <translation>&amp;E-mailen…</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Ongedaan gemaakt: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Opnieuw gedaan: %1</translation>
    </message>
    <message>
        <source>C&amp;hange status…</source>
        <translation>&amp;Status wijzigen…</translation>
    </message>
    <message>
        <source>Clo&amp;se, no response</source>
        <translation>A&amp;fsluiten, geen reactie</translation>
    </message>
    <message>
        <source>Ass&amp;ign owner…</source>
        <translation>E&amp;igenaar toewijzen…</translation>
    </message>
    <message>
        <source>&amp;Do not contact…</source>
        <translation>Nie&amp;t benaderen…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln customers)</source>
        <translation>
            <numerusform>%1 (%Ln klant)</numerusform>
            <numerusform>%1 (%Ln klanten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Do not contact: this customer asked not to be contacted.</source>
        <translation>Niet benaderen: deze klant vroeg om niet benaderd te worden.</translation>
    </message>
    <message>
        <source>This customer has no email address.</source>
        <translation>Deze klant heeft geen e-mailadres.</translation>
    </message>
    <message>
        <source>This customer has no phone number.</source>
        <translation>Deze klant heeft geen telefoonnummer.</translation>
    </message>
    <message>
        <source>Another program changed the database; earlier steps can no longer be undone.</source>
        <translation>Een ander programma heeft de database gewijzigd; eerdere stappen kun je niet meer ongedaan maken.</translation>
    </message>
    <message>
        <source>%s – %s due</source>
        <translation>%s – %s te doen</translation>
    </message>
    <message>
        <source>%s is due: %s</source>
        <translation>%s is aan de beurt: %s</translation>
    </message>
    <message>
        <source>first reply</source>
        <translation>eerste antwoord</translation>
    </message>
    <message>
        <source>next attempt</source>
        <translation>volgende poging</translation>
    </message>
    <message>
        <source>planned call</source>
        <translation>gepland gesprek</translation>
    </message>
    <message>
        <source>close?</source>
        <translation>afsluiten?</translation>
    </message>
    <message>
        <source>%s customers have a reply, attempt or call due.</source>
        <translation>Bij %s klanten is een antwoord, poging of gesprek aan de beurt.</translation>
    </message>
</context>
<context>
    <name>FollowUpSettingsPage</name>
    <message>
        <source> hours</source>
        <translation> uur</translation>
    </message>
    <message>
        <source>Count weekends</source>
        <translation>Weekenden meetellen</translation>
    </message>
    <message>
        <source>Unticked, Saturday and Sunday do not run the clocks.</source>
        <translation>Uitgevinkt lopen de klokken op zaterdag en zondag niet.</translation>
    </message>
    <message>
        <source>The days after the first attempt on which each attempt is due.</source>
        <translation>De dagen na de eerste poging waarop elke poging aan de beurt is.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>First reply &amp;within:</source>
        <translation>Eerste antwoord &amp;binnen:</translation>
    </message>
    <message>
        <source>&amp;Attempts on days:</source>
        <translation>&amp;Pogingen op dag:</translation>
    </message>
    <message>
        <source>Propose closing &amp;after:</source>
        <translation>Afsluiten voorstellen &amp;na:</translation>
    </message>
    <message>
        <source>…without a reply to the last planned attempt.</source>
        <translation>…zonder antwoord op de laatste geplande poging.</translation>
    </message>
    <message>
        <source>Response and cadence</source>
        <translation>Reactietijd en reeks</translation>
    </message>
    <message>
        <source>Qualification criteria</source>
        <translation>Kwalificatiecriteria</translation>
    </message>
    <message>
        <source>Email templates</source>
        <translation>E-mailsjablonen</translation>
    </message>
    <message>
        <source>Write the attempt days as whole numbers separated by commas, for example 0, 2, 5, 9, 14.</source>
        <translation>Schrijf de dagen van de pogingen als hele getallen, gescheiden door komma&apos;s, bijvoorbeeld 0, 2, 5, 9, 14.</translation>
    </message>
    <message>
        <source>An attempt can be planned at most %d days after the first.</source>
        <translation>Een poging kan hoogstens %d dagen na de eerste worden gepland.</translation>
    </message>
    <message>
        <source>The first attempt is on day 0 and each later day comes after the one before, for example 0, 2, 5, 9, 14.</source>
        <translation>De eerste poging is op dag 0 en elke volgende dag ligt na de vorige, bijvoorbeeld 0, 2, 5, 9, 14.</translation>
    </message>
    <message>
        <source>One attempt in total.</source>
        <translation>In totaal één poging.</translation>
    </message>
    <message>
        <source>%s attempts in total.</source>
        <translation>In totaal %s pogingen.</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>e.g. Sam Lee</source>
        <translation>bijv. Sam Lee</translation>
    </message>
    <message>
        <source>Sam Lee
Contoso Software · +31 20 555 0100</source>
        <translation>Sam Lee
Contoso Software · +31 20 555 0100</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Je &amp;naam:</translation>
    </message>
    <message>
        <source>Email &amp;signature:</source>
        <translation>E-mail&amp;handtekening:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Gegevensmap:</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systeemstandaard (%1)</translation>
    </message>
    <message>
        <source>LeadInbox speaks the new language from its next start.</source>
        <translation>LeadInbox gebruikt de nieuwe taal vanaf de volgende start.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <source>everything whose reply, attempt or call is due now.</source>
        <translation>alles waarvan het antwoord, de poging of het gesprek nu aan de beurt is.</translation>
    </message>
    <message>
        <source>new leads nobody has answered yet. Microsoft expects an answer within 24 hours.</source>
        <translation>nieuwe leads die nog niemand heeft beantwoord. Microsoft verwacht een antwoord binnen 24 uur.</translation>
    </message>
    <message>
        <source>customers with a follow-up due before the end of today.</source>
        <translation>klanten bij wie vóór het einde van vandaag een opvolging aan de beurt is.</translation>
    </message>
    <message>
        <source>customers you are staying in touch with.</source>
        <translation>klanten met wie je contact onderhoudt.</translation>
    </message>
    <message>
        <source>every customer.</source>
        <translation>alle klanten.</translation>
    </message>
    <message>
        <source>won, lost and closed without a response; they can be reopened.</source>
        <translation>gewonnen, verloren en afgesloten zonder reactie; ze kunnen worden heropend.</translation>
    </message>
    <message>
        <source>customers who asked not to be contacted.</source>
        <translation>klanten die hebben gevraagd niet benaderd te worden.</translation>
    </message>
    <message>
        <source>they asked you to contact them, often with a message.</source>
        <translation>ze vroegen je contact op te nemen, vaak met een bericht.</translation>
    </message>
    <message>
        <source>they tried your test drive.</source>
        <translation>ze hebben je proefrit geprobeerd.</translation>
    </message>
    <message>
        <source>they installed or started a free trial.</source>
        <translation>ze hebben geïnstalleerd of een gratis proefversie gestart.</translation>
    </message>
    <message>
        <source>they created your offer in the Azure portal, to use it: the strongest signal.</source>
        <translation>ze hebben je aanbieding in de Azure-portal aangemaakt om hem te gebruiken: het sterkste signaal.</translation>
    </message>
    <message>
        <source>do not contact them. Microsoft passed the lead on for information only; LeadInbox disables the copy and email buttons.</source>
        <translation>benader hen niet. Microsoft gaf de lead alleen ter informatie door; LeadInbox schakelt de knoppen voor kopiëren en e-mailen uit.</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Aan de slag</translation>
    </message>
    <message>
        <source>1. Drop your lead files</source>
        <translation>1. Sleep je leadbestanden erin</translation>
    </message>
    <message>
        <source>Export your leads from Partner Center (Referrals › Leads › Export), Azure Table storage, Dynamics 365, Salesforce or Marketo, and drop the files or their folder anywhere on the window. File › Import… (Ctrl+O) does the same. Try File › Open sample data first if you have no export at hand.</source>
        <translation>Exporteer je leads uit Partner Center (Referrals › Leads › Export), Azure Table-opslag, Dynamics 365, Salesforce of Marketo, en sleep de bestanden of hun map ergens op het venster. Bestand › Importeren… (Ctrl+O) doet hetzelfde. Probeer eerst Bestand › Voorbeeldgegevens openen als je geen export bij de hand hebt.</translation>
    </message>
    <message>
        <source>A customer who appears in several files becomes one customer with one timeline. Importing the same file twice adds nothing, and File › Import history undoes an import.</source>
        <translation>Een klant die in meerdere bestanden voorkomt, wordt één klant met één tijdlijn. Hetzelfde bestand twee keer importeren voegt niets toe, en Bestand › Importgeschiedenis maakt een import ongedaan.</translation>
    </message>
    <message>
        <source>2. Pick a view</source>
        <translation>2. Kies een weergave</translation>
    </message>
    <message>
        <source>Type in the search box (/ or Ctrl+F) to find a name, email, phone number, company, offer or note; the filters next to it narrow the list by action, source, offer, country and date.</source>
        <translation>Typ in het zoekvak (/ of Ctrl+F) om een naam, e-mail, telefoonnummer, bedrijf, aanbieding of notitie te vinden; de filters ernaast beperken de lijst op actie, bron, aanbieding, land en datum.</translation>
    </message>
    <message>
        <source>3. Read the badges</source>
        <translation>3. Lees de labels</translation>
    </message>
    <message>
        <source>Each customer shows the badges of all their leads, strongest intent first:</source>
        <translation>Elke klant toont de labels van al zijn leads, de sterkste interesse eerst:</translation>
    </message>
    <message>
        <source>4. Follow up</source>
        <translation>4. Volg op</translation>
    </message>
    <message>
        <source>The Follow-up column counts down to the next thing to do: the first reply, the next attempt or a planned call. Overdue items are shown in orange. Select a customer to see their contact details and timeline on the right, and email, call or log an attempt from there; LeadInbox plans the next attempt for you and stops as soon as the customer replies.</source>
        <translation>De kolom Opvolging telt af naar wat er daarna moet gebeuren: het eerste antwoord, de volgende poging of een gepland gesprek. Wat te laat is, staat in het oranje. Selecteer een klant om rechts de contactgegevens en tijdlijn te zien, en mail, bel of leg daar een poging vast; LeadInbox plant de volgende poging voor je en stopt zodra de klant antwoordt.</translation>
    </message>
    <message>
        <source>Help › Keyboard shortcuts lists the keys that move you through the inbox.</source>
        <translation>Help › Sneltoetsen toont de toetsen waarmee je door de inbox gaat.</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <source>Getting started</source>
        <translation>Aan de slag</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>New leads</source>
        <translation>Nieuwe leads</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Nieuwe klanten</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Bekend</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Importgeschiedenis</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Deze import ongedaan maken</translation>
    </message>
    <message>
        <source>Undone %1</source>
        <translation>Ongedaan gemaakt %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Import ongedaan maken</translation>
    </message>
    <message>
        <source>Backing up the database, then removing the leads that %1 added…</source>
        <translation>Eerst een back-up van de database, dan worden de leads die %1 toevoegde verwijderd…</translation>
    </message>
    <message>
        <source>This import is no longer in the history.</source>
        <translation>Deze import staat niet meer in de geschiedenis.</translation>
    </message>
    <message>
        <source>This import was already undone.</source>
        <translation>Deze import is al ongedaan gemaakt.</translation>
    </message>
    <message>
        <source>This import added no new leads, so there is nothing to undo.</source>
        <translation>Deze import voegde geen nieuwe leads toe, dus er valt niets ongedaan te maken.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of its leads have been worked on since you were asked; nothing was removed. Choose Undo again to see whose work would be lost.</source>
        <translation>
            <numerusform>Intussen is aan %Ln van de leads gewerkt; er is niets verwijderd. Kies opnieuw Ongedaan maken om te zien wiens werk verloren zou gaan.</numerusform>
            <numerusform>Intussen is aan %Ln van de leads gewerkt; er is niets verwijderd. Kies opnieuw Ongedaan maken om te zien wiens werk verloren zou gaan.</numerusform>
        </translation>
    </message>
    <message>
        <source>This import cannot be undone.</source>
        <translation>Deze import kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Kan niet ongedaan maken</translation>
    </message>
    <message>
        <source>An import is running: undo when it has finished.</source>
        <translation>Er loopt een import: maak ongedaan als die klaar is.</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Import lead files</source>
        <translation>Leadbestanden importeren</translation>
    </message>
    <message>
        <source>Lead files (%1);;All files (*)</source>
        <translation>Leadbestanden (%1);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Open sample data</source>
        <translation>Voorbeeldgegevens openen</translation>
    </message>
    <message>
        <source>Add the demo leads to your database?</source>
        <translation>De demoleads aan je database toevoegen?</translation>
    </message>
    <message>
        <source>The sample files hold made-up leads. They go into the database you work in, beside your own leads:
%1

You can remove them again in File › Import history: undo the import of each sample file.</source>
        <translation>De voorbeeldbestanden bevatten verzonnen leads. Ze komen in de database waarin je werkt, naast je eigen leads:
%1

Je kunt ze weer verwijderen via Bestand › Importgeschiedenis: maak de import van elk voorbeeldbestand ongedaan.</translation>
    </message>
    <message>
        <source>Add demo leads</source>
        <translation>Demoleads toevoegen</translation>
    </message>
    <message>
        <source>Nothing to import: drop CSV, Excel or JSON lead files.</source>
        <translation>Niets te importeren: sleep CSV-, Excel- of JSON-leadbestanden hierheen.</translation>
    </message>
    <message>
        <source>These files are imported as soon as the last import&apos;s leads are searchable.</source>
        <translation>Deze bestanden worden geïmporteerd zodra de leads van de vorige import doorzoekbaar zijn.</translation>
    </message>
    <message>
        <source>An import is running; drop the files again when it has finished.</source>
        <translation>Er loopt een import; sleep de bestanden opnieuw als die klaar is.</translation>
    </message>
    <message>
        <source>LeadInbox is saving a change; drop the files again when it has finished.</source>
        <translation>LeadInbox slaat een wijziging op; sleep de bestanden opnieuw als die klaar is.</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Import annuleren</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annuleren…</translation>
    </message>
    <message>
        <source>File %1 of %2: %3</source>
        <translation>Bestand %1 van %2: %3</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 importeren…</translation>
    </message>
    <message>
        <source>Reading rows… %1</source>
        <translation>Rijen lezen… %1</translation>
    </message>
    <message>
        <source>Finding duplicates…</source>
        <translation>Dubbele leads zoeken…</translation>
    </message>
    <message>
        <source>Updating customers…</source>
        <translation>Klanten bijwerken…</translation>
    </message>
    <message>
        <source>Indexing for search…</source>
        <translation>Indexeren om te zoeken…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>The new leads are in the list; search finds them in a moment.</source>
        <translation>De nieuwe leads staan in de lijst; zoeken vindt ze zo meteen.</translation>
    </message>
    <message>
        <source>Making new leads searchable…</source>
        <translation>Nieuwe leads doorzoekbaar maken…</translation>
    </message>
    <message>
        <source>Search not updated</source>
        <translation>Zoeken niet bijgewerkt</translation>
    </message>
    <message>
        <source>The leads are imported and shown, but they could not be made searchable:

%1

LeadInbox tries again the next time it opens this database.</source>
        <translation>De leads zijn geïmporteerd en worden getoond, maar konden niet doorzoekbaar worden gemaakt:

%1

LeadInbox probeert het opnieuw wanneer het deze database weer opent.</translation>
    </message>
    <message>
        <source>Search is up to date.</source>
        <translation>Zoeken is bijgewerkt.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import geannuleerd; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Import failed; nothing was changed.</source>
        <translation>Import mislukt; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import mislukt</translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation>Er is niets geïmporteerd.

%1</translation>
    </message>
    <message>
        <source>%1. File › Import history to undo.</source>
        <translation>%1. Bestand › Importgeschiedenis om ongedaan te maken.</translation>
    </message>
    <message>
        <source>Nothing imported from %1: its columns were not mapped.</source>
        <translation>Niets geïmporteerd uit %1: de kolommen zijn niet toegewezen.</translation>
    </message>
    <message numerus="yes">
        <source>Import of %1 undone: %Ln lead(s) removed.</source>
        <translation>
            <numerusform>Import van %1 ongedaan gemaakt: %Ln lead verwijderd.</numerusform>
            <numerusform>Import van %1 ongedaan gemaakt: %Ln leads verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database as it was before is kept as a backup (File › Restore backup…).</source>
        <translation>De database zoals hij ervoor was, is bewaard als back-up (Bestand › Back-up terugzetten…).</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rijen</translation>
    </message>
    <message>
        <source>New leads</source>
        <translation>Nieuwe leads</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Nieuwe klanten</translation>
    </message>
    <message>
        <source>Already known</source>
        <translation>Al bekend</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Afgewezen rijen</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln lead(s) of %1 were already in LeadInbox</source>
        <translation>
            <numerusform>De %Ln lead uit %1 stond al in LeadInbox</numerusform>
            <numerusform>Alle %Ln leads uit %1 stonden al in LeadInbox</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln lead(s) of these files were already in LeadInbox</source>
        <translation>
            <numerusform>De %Ln lead uit deze bestanden stond al in LeadInbox</numerusform>
            <numerusform>Alle %Ln leads uit deze bestanden stonden al in LeadInbox</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Niets geïmporteerd</translation>
    </message>
    <message>
        <source>Updated leads</source>
        <translation>Aangevulde leads</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <source>Filled in known leads</source>
        <translation>Bekende leads aangevuld</translation>
    </message>
    <message>
        <source>Nothing new</source>
        <translation>Niets nieuws</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Niets te importeren</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln new lead(s)</source>
        <translation>
            <numerusform>%Ln nieuwe lead geïmporteerd</numerusform>
            <numerusform>%Ln nieuwe leads geïmporteerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln new customer(s))</source>
        <translation>
            <numerusform> (%Ln nieuwe klant)</numerusform>
            <numerusform> (%Ln nieuwe klanten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln file(s) refused</source>
        <translation>
            <numerusform>; %Ln bestand geweigerd</numerusform>
            <numerusform>; %Ln bestanden geweigerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln row(s) of erased people skipped</source>
        <translation>
            <numerusform>; %Ln rij van gewiste personen overgeslagen</numerusform>
            <numerusform>; %Ln rijen van gewiste personen overgeslagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln rij</numerusform>
            <numerusform>%Ln rijen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln lead(s) (%1) of %2 were already in LeadInbox</source>
        <translation>
            <numerusform>De %Ln lead (%1) uit %2 stond al in LeadInbox</numerusform>
            <numerusform>Alle %Ln leads (%1) uit %2 stonden al in LeadInbox</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln lead(s) (%1) of these files were already in LeadInbox</source>
        <translation>
            <numerusform>De %Ln lead (%1) uit deze bestanden stond al in LeadInbox</numerusform>
            <numerusform>Alle %Ln leads (%1) uit deze bestanden stonden al in LeadInbox</numerusform>
        </translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importverslag</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Geweigerd: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Imported, but</source>
        <translation>Geïmporteerd, maar</translation>
    </message>
    <message numerus="yes">
        <source>Imported with a warning (%Ln):</source>
        <translation>
            <numerusform>Geïmporteerd met een waarschuwing (%Ln):</numerusform>
            <numerusform>Geïmporteerd met een waarschuwing (%Ln):</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Why it was skipped</source>
        <translation>Waarom overgeslagen</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Opslaan…</translation>
    </message>
    <message numerus="yes">
        <source>Rejected rows (%Ln):</source>
        <translation>
            <numerusform>Afgewezen rijen (%Ln):</numerusform>
            <numerusform>Afgewezen rijen (%Ln):</numerusform>
        </translation>
    </message>
    <message>
        <source>No rows were rejected.</source>
        <translation>Er zijn geen rijen afgewezen.</translation>
    </message>
    <message>
        <source>Save import report</source>
        <translation>Importverslag opslaan</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Aanbieding</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Pogingen</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Laatste</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>TEST</translation>
    </message>
    <message>
        <source>no email</source>
        <translation>geen e-mail</translation>
    </message>
    <message numerus="yes">
        <source>%Ln attempt(s); the last on %1</source>
        <translation>
            <numerusform>%Ln poging; de laatste op %1</numerusform>
            <numerusform>%Ln pogingen; de laatste op %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <source>No customer matches “%1”. Esc clears the search.</source>
        <translation>Geen klant past bij “%1”. Esc wist de zoekopdracht.</translation>
    </message>
    <message>
        <source>Nothing is due right now.</source>
        <translation>Er is nu niets te doen.</translation>
    </message>
    <message>
        <source>Every lead has had its first reply.</source>
        <translation>Elke lead heeft zijn eerste antwoord gehad.</translation>
    </message>
    <message>
        <source>Nothing more is due today.</source>
        <translation>Vandaag is er niets meer te doen.</translation>
    </message>
    <message>
        <source>No conversation in progress: a reply or a booked meeting brings a lead here.</source>
        <translation>Geen lopende gesprekken: een antwoord of een geplande afspraak brengt een lead hier.</translation>
    </message>
    <message>
        <source>No closed leads yet: won, lost and no-response leads are listed here.</source>
        <translation>Nog geen afgesloten leads: gewonnen, verloren en leads zonder reactie staan hier.</translation>
    </message>
    <message>
        <source>Nobody asked not to be contacted.</source>
        <translation>Niemand heeft gevraagd niet benaderd te worden.</translation>
    </message>
    <message>
        <source>No customer matches these filters. Reset clears them.</source>
        <translation>Geen klant past bij deze filters. Wissen haalt ze weg.</translation>
    </message>
</context>
<context>
    <name>LeadSources</name>
    <message>
        <source>Lead sources</source>
        <translation>Leadbronnen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new lead(s)</source>
        <translation>
            <numerusform>%Ln nieuwe lead</numerusform>
            <numerusform>%Ln nieuwe leads</numerusform>
        </translation>
    </message>
    <message>
        <source>no action</source>
        <translation>geen actie</translation>
    </message>
    <message>
        <source>Leads pulled %1</source>
        <translation>Leads opgehaald %1</translation>
    </message>
    <message>
        <source>storage busy since %1</source>
        <translation>opslag bezet sinds %1</translation>
    </message>
    <message>
        <source>lead source needs attention (Settings › Lead sources) since %1</source>
        <translation>leadbron vraagt aandacht (Instellingen › Leadbronnen) sinds %1</translation>
    </message>
    <message>
        <source>storage not reachable since %1</source>
        <translation>opslag niet bereikbaar sinds %1</translation>
    </message>
</context>
<context>
    <name>LeadSourcesPage</name>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Key kept in</source>
        <translation>Sleutel bewaard in</translation>
    </message>
    <message>
        <source>Last read</source>
        <translation>Laatst gelezen</translation>
    </message>
    <message>
        <source>Token expires</source>
        <translation>Token verloopt</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>Verbinding &amp;verbreken</translation>
    </message>
    <message>
        <source>No lead source is connected: LeadInbox opens no network connection.</source>
        <translation>Er is geen leadbron verbonden: LeadInbox maakt geen netwerkverbinding.</translation>
    </message>
    <message>
        <source>Read-only SAS URL (recommended)</source>
        <translation>SAS-URL met alleen leesrechten (aanbevolen)</translation>
    </message>
    <message>
        <source>Connection string (grants full access to the account)</source>
        <translation>Verbindingsreeks (geeft volledige toegang tot het account)</translation>
    </message>
    <message>
        <source>&amp;Test and connect</source>
        <translation>&amp;Testen en verbinden</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&lt;b&gt;How to make a read-only SAS URL&lt;/b&gt;&lt;ol&gt;&lt;li&gt;Open the storage account whose connection string you gave Partner Center (Marketplace offers › your offer › Offer setup › Customer leads).&lt;/li&gt;&lt;li&gt;In Azure Storage Explorer, right-click the table &lt;i&gt;MarketplaceLeads&lt;/i&gt; › Get Shared Access Signature…&lt;/li&gt;&lt;li&gt;Set an expiry time (say a year from today) and tick &lt;b&gt;Query&lt;/b&gt; only: no Add, Update or Delete.&lt;/li&gt;&lt;li&gt;Create, copy the URL and paste it below.&lt;/li&gt;&lt;/ol&gt;In the Azure portal: the storage account › Shared access signature, services &lt;i&gt;Table&lt;/i&gt;, resource type &lt;i&gt;Object&lt;/i&gt;, permission &lt;i&gt;Read&lt;/i&gt; only, an end date; copy the &lt;i&gt;Table service SAS URL&lt;/i&gt;.</source>
        <translation>&lt;b&gt;Zo maak je een SAS-URL met alleen leesrechten&lt;/b&gt;&lt;ol&gt;&lt;li&gt;Open het opslagaccount waarvan je de verbindingsreeks aan Partner Center gaf (Marketplace offers › je aanbod › Offer setup › Customer leads).&lt;/li&gt;&lt;li&gt;Klik in Azure Storage Explorer met rechts op de tabel &lt;i&gt;MarketplaceLeads&lt;/i&gt; › Get Shared Access Signature…&lt;/li&gt;&lt;li&gt;Kies een vervaldatum (bijvoorbeeld over een jaar) en vink alleen &lt;b&gt;Query&lt;/b&gt; aan: geen Add, Update of Delete.&lt;/li&gt;&lt;li&gt;Klik op Create, kopieer de URL en plak die hieronder.&lt;/li&gt;&lt;/ol&gt;In de Azure-portal: het opslagaccount › Shared access signature, services &lt;i&gt;Table&lt;/i&gt;, resourcetype &lt;i&gt;Object&lt;/i&gt;, alleen de machtiging &lt;i&gt;Read&lt;/i&gt;, een einddatum; kopieer de &lt;i&gt;Table service SAS URL&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <source>URL or connection string:</source>
        <translation>URL of verbindingsreeks:</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Tabel:</translation>
    </message>
    <message>
        <source>Connect the marketplace&apos;s Azure Table</source>
        <translation>De Azure-tabel van de marketplace verbinden</translation>
    </message>
    <message>
        <source>Pull new leads every</source>
        <translation>Nieuwe leads ophalen elke</translation>
    </message>
    <message>
        <source>while LeadInbox is open (and on F5)</source>
        <translation>zolang LeadInbox open is (en met F5)</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbonden</translation>
    </message>
    <message>
        <source>the system keyring</source>
        <translation>de sleutelbos van het systeem</translation>
    </message>
    <message>
        <source>a file only you can read</source>
        <translation>een bestand dat alleen jij kunt lezen</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <source>Trying %1…</source>
        <translation>%1 proberen…</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Kon geen verbinding maken: %1</translation>
    </message>
    <message>
        <source>Connected %1. New leads are pulled in the background.</source>
        <translation>%1 verbonden. Nieuwe leads worden op de achtergrond opgehaald.</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Niet verbonden: %1</translation>
    </message>
    <message>
        <source>Disconnected %1: its key is forgotten; the leads it brought stay.</source>
        <translation>Verbinding met %1 verbroken: de sleutel is vergeten; de leads die ze bracht blijven.</translation>
    </message>
</context>
<context>
    <name>Mail</name>
    <message>
        <source>(no subject)</source>
        <translation>(geen onderwerp)</translation>
    </message>
    <message>
        <source>Log email “%1”</source>
        <translation>E-mail “%1” vastleggen</translation>
    </message>
</context>
<context>
    <name>MailController</name>
    <message>
        <source>reading mail…</source>
        <translation>mail lezen…</translation>
    </message>
    <message>
        <source>Read &amp;mail now</source>
        <translation>&amp;Mail nu lezen</translation>
    </message>
    <message>
        <source>An import is running: drop the emails again when it is done.</source>
        <translation>Er loopt een import: sleep de e-mails opnieuw hierheen als die klaar is.</translation>
    </message>
    <message numerus="yes">
        <source>Log %Ln email(s)</source>
        <translation>
            <numerusform>%Ln e-mail vastleggen</numerusform>
            <numerusform>%Ln e-mails vastleggen</numerusform>
        </translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Outlook handed over only the first of the %1 messages you dragged. Drag them one at a time, or save them (File › Save As) and drop the files.</source>
        <translation>Outlook gaf alleen het eerste van de %1 gesleepte berichten door. Sleep ze één voor één, of sla ze op (Bestand › Opslaan als) en sleep de bestanden.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln email attempt(s) logged</source>
        <translation>
            <numerusform>%Ln e-mailpoging vastgelegd</numerusform>
            <numerusform>%Ln e-mailpogingen vastgelegd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reply(s) logged</source>
        <translation>
            <numerusform>%Ln antwoord vastgelegd</numerusform>
            <numerusform>%Ln antwoorden vastgelegd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already logged</source>
        <translation>
            <numerusform>%Ln al vastgelegd</numerusform>
            <numerusform>%Ln al vastgelegd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to a do-not-contact customer (marked, not logged)</source>
        <translation>
            <numerusform>%Ln aan een klant die niet benaderd wil worden (gemarkeerd, niet vastgelegd)</numerusform>
            <numerusform>%Ln aan klanten die niet benaderd willen worden (gemarkeerd, niet vastgelegd)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without a customer</source>
        <translation>
            <numerusform>%Ln zonder klant</numerusform>
            <numerusform>%Ln zonder klant</numerusform>
        </translation>
    </message>
    <message>
        <source>not an email: %1</source>
        <translation>geen e-mail: %1</translation>
    </message>
    <message>
        <source>%1: %2; trying again at %3</source>
        <translation>%1: %2; opnieuw om %3</translation>
    </message>
    <message>
        <source>mailbox not read yet</source>
        <translation>mailbox nog niet gelezen</translation>
    </message>
    <message>
        <source>mail read %1</source>
        <translation>mail gelezen %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln logged</source>
        <translation>
            <numerusform>%Ln vastgelegd</numerusform>
            <numerusform>%Ln vastgelegd</numerusform>
        </translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Mailbox</translation>
    </message>
</context>
<context>
    <name>MailboxPage</name>
    <message>
        <source>Read now</source>
        <translation>Nu lezen</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Ontkoppelen</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Gekoppeld</translation>
    </message>
    <message>
        <source>Another provider (password)</source>
        <translation>Een andere provider (wachtwoord)</translation>
    </message>
    <message>
        <source>Gmail (app password)</source>
        <translation>Gmail (app-wachtwoord)</translation>
    </message>
    <message>
        <source>Microsoft 365 (sign in with Microsoft)</source>
        <translation>Microsoft 365 (aanmelden bij Microsoft)</translation>
    </message>
    <message>
        <source>e.g. imap.example.com</source>
        <translation>bijv. imap.example.com</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (a server on this computer)</source>
        <translation>Geen (een server op deze computer)</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>jij@example.com</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Koppelen</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Aanmelden annuleren</translation>
    </message>
    <message>
        <source>Connect a mailbox</source>
        <translation>Een mailbox koppelen</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Poort:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Beveiliging:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Application (&amp;client) id:</source>
        <translation>Toepassings-id (&amp;client-id):</translation>
    </message>
    <message>
        <source>&amp;Keep the text of logged emails (otherwise only who, when and the subject)</source>
        <translation>&amp;Tekst van vastgelegde e-mails bewaren (anders alleen wie, wanneer en het onderwerp)</translation>
    </message>
    <message>
        <source>LeadInbox only reads: it never moves, flags, deletes or sends a message. The password or sign-in is kept in the system keyring, else in a file only you can read; never in the database or its backups.</source>
        <translation>LeadInbox leest alleen: het verplaatst, markeert, verwijdert of verstuurt nooit een bericht. Het wachtwoord of de aanmelding wordt bewaard in de sleutelbos van het systeem, anders in een bestand dat alleen jij kunt lezen; nooit in de database of de back-ups.</translation>
    </message>
    <message>
        <source>Your provider&apos;s IMAP server, user name and password (SSL/TLS on port 993, or STARTTLS on 143).</source>
        <translation>De IMAP-server, gebruikersnaam en het wachtwoord van je provider (SSL/TLS op poort 993, of STARTTLS op 143).</translation>
    </message>
    <message>
        <source>Gmail does not take your normal password here: turn on 2-Step Verification, then make an app password (Google account › Security › App passwords) and paste it below. IMAP must be on in Gmail&apos;s settings.</source>
        <translation>Gmail accepteert hier je gewone wachtwoord niet: zet verificatie in twee stappen aan, maak dan een app-wachtwoord (Google-account › Beveiliging › App-wachtwoorden) en plak het hieronder. IMAP moet aan staan in de instellingen van Gmail.</translation>
    </message>
    <message>
        <source>Microsoft 365 refuses passwords over IMAP. Your administrator registers an app in Microsoft Entra ID (a public client with the delegated permission IMAP.AccessAsUser.All, “Allow public client flows” on) and gives you its application (client) id. You then sign in in your browser with a code.</source>
        <translation>Microsoft 365 weigert wachtwoorden via IMAP. Je beheerder registreert een app in Microsoft Entra ID (een openbare client met de gedelegeerde machtiging IMAP.AccessAsUser.All, “Openbare clientstromen toestaan” aan) en geeft je de toepassings-id (client-id). Je meldt je dan in je browser aan met een code.</translation>
    </message>
    <message>
        <source>Sign in and connect…</source>
        <translation>Aanmelden en koppelen…</translation>
    </message>
    <message>
        <source>No mailbox is connected: LeadInbox makes no connection.</source>
        <translation>Er is geen mailbox gekoppeld: LeadInbox maakt geen verbinding.</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <source>%1 at %2: last read %3</source>
        <translation>%1 op %2: laatst gelezen %3</translation>
    </message>
    <message>
        <source>; last logged mail %1</source>
        <translation>; laatst vastgelegde mail %1</translation>
    </message>
    <message>
        <source>Last try failed: %1</source>
        <translation>Laatste poging mislukt: %1</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Vul de gebruikersnaam in.</translation>
    </message>
    <message>
        <source>Trying %1…</source>
        <translation>%1 proberen…</translation>
    </message>
    <message>
        <source>Connected. Its inbox and sent folder are read now and every few minutes.</source>
        <translation>Gekoppeld. Het Postvak IN en de map Verzonden worden nu en daarna om de paar minuten gelezen.</translation>
    </message>
    <message>
        <source>Asking Microsoft for a sign-in code…</source>
        <translation>Microsoft om een aanmeldcode vragen…</translation>
    </message>
    <message>
        <source>Open &lt;a href=&apos;%1&apos;&gt;%1&lt;/a&gt; and enter the code &lt;b&gt;%2&lt;/b&gt;; this page waits until you have signed in.</source>
        <translation>Open &lt;a href=&apos;%1&apos;&gt;%1&lt;/a&gt; en vul de code &lt;b&gt;%2&lt;/b&gt; in; deze pagina wacht tot je bent aangemeld.</translation>
    </message>
    <message>
        <source>Disconnected: the password or sign-in is forgotten; the mail it logged stays on the timelines.</source>
        <translation>Ontkoppeld: het wachtwoord of de aanmelding is vergeten; de vastgelegde mail blijft op de tijdlijnen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>Open &amp;sample data…</source>
        <translation>&amp;Voorbeeldgegevens openen…</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>Import&amp;geschiedenis…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>&amp;Clear search</source>
        <translation>Zoekopdracht &amp;wissen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Lead</source>
        <translation>&amp;Lead</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Save current view…</source>
        <translation>Huidige weergave &amp;opslaan…</translation>
    </message>
    <message>
        <source>P&amp;ull new leads</source>
        <translation>Nieuwe leads op&amp;halen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ver&amp;nieuwen</translation>
    </message>
    <message>
        <source>Re&amp;ports…</source>
        <translation>&amp;Rapporten…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Aan de slag</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;About LeadInbox</source>
        <translation>&amp;Over LeadInbox</translation>
    </message>
    <message>
        <source>Read only: the database file cannot be written.</source>
        <translation>Alleen-lezen: het databasebestand kan niet worden geschreven.</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Alleen-lezen</translation>
    </message>
    <message>
        <source>LeadInbox cannot write to its database (%1): the file is read-only. You can look at your leads, but nothing you change can be saved until the file is writable again.</source>
        <translation>LeadInbox kan niet naar zijn database schrijven (%1): het bestand is alleen-lezen. Je kunt je leads bekijken, maar niets wat je wijzigt kan worden opgeslagen tot het bestand weer schrijfbaar is.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <source>New follow-up rules: %s open leads replanned.</source>
        <translation>Nieuwe opvolgregels: %s open leads opnieuw gepland.</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Map the columns of %1</source>
        <translation>Kolommen van %1 toewijzen</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(negeren)</translation>
    </message>
    <message>
        <source>(row %1 cannot be read: %2)</source>
        <translation>(rij %1 is onleesbaar: %2)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>LeadInbox did not recognise this file&apos;s layout. Choose what each column holds; the choice is remembered for files with the same columns.</source>
        <translation>LeadInbox herkende de indeling van dit bestand niet. Kies wat elke kolom bevat; de keuze wordt onthouden voor bestanden met dezelfde kolommen.</translation>
    </message>
    <message>
        <source>%1 is chosen for more than one column (%2): choose it for one only.</source>
        <translation>%1 is voor meer dan één kolom gekozen (%2): kies het voor één kolom.</translation>
    </message>
    <message>
        <source>Choose at least the column with the email or the name.</source>
        <translation>Kies minstens de kolom met het e-mailadres of de naam.</translation>
    </message>
    <message>
        <source>No column holds the %1: the leads sort as arriving today.</source>
        <translation>Geen kolom bevat %1: de leads worden gesorteerd alsof ze vandaag binnenkwamen.</translation>
    </message>
    <message>
        <source>No column holds the %1 or the %2: the leads get no action badge.</source>
        <translation>Geen kolom bevat %1 of %2: de leads krijgen geen actiebadge.</translation>
    </message>
</context>
<context>
    <name>OpenProblems</name>
    <message>
        <source>LeadInbox is already open on this database (process %d), but did not answer. Switch to its window; if it hangs, close it and start LeadInbox again.</source>
        <translation>LeadInbox is al geopend met deze database (proces %d), maar reageert niet. Ga naar dat venster; als het vastloopt, sluit het en start LeadInbox opnieuw.</translation>
    </message>
    <message>
        <source>LeadInbox is already open on this database, but did not answer. Switch to its window; if it hangs, close it and start LeadInbox again.</source>
        <translation>LeadInbox is al geopend met deze database, maar reageert niet. Ga naar dat venster; als het vastloopt, sluit het en start LeadInbox opnieuw.</translation>
    </message>
    <message>
        <source>LeadInbox cannot open its database:

%s

There is no backup to restore in %s. The file has been left as it is. Start LeadInbox with --db pointing to another file to begin a new database.</source>
        <translation>LeadInbox kan zijn database niet openen:

%s

Er is geen back-up om terug te zetten in %s. Het bestand is gelaten zoals het is. Start LeadInbox met --db naar een ander bestand om een nieuwe database te beginnen.</translation>
    </message>
    <message>
        <source>LeadInbox cannot open its database:

%s

The newest good backup is from %s (%s customers, %s leads). Restore it? The unreadable file is kept in the backups folder.</source>
        <translation>LeadInbox kan zijn database niet openen:

%s

De nieuwste goede back-up is van %s (%s klanten, %s leads). Deze terugzetten? Het onleesbare bestand wordt bewaard in de back-upmap.</translation>
    </message>
    <message>
        <source>The backup could not be restored:

%s</source>
        <translation>De back-up kon niet worden teruggezet:

%s</translation>
    </message>
    <message>
        <source>The database file %1 does not exist: it was moved, renamed or deleted. Its backups folder still has backups; the newest good one is from %2 (%3 customers, %4 leads).

Restore that backup, start with an empty database, or quit (to put the file back yourself first)?</source>
        <translation>Het databasebestand %1 bestaat niet: het is verplaatst, hernoemd of verwijderd. De map met back-ups bevat nog back-ups; de nieuwste goede is van %2 (%3 klanten, %4 leads).

Wil je die back-up terugzetten, met een lege database beginnen, of afsluiten (om het bestand eerst zelf terug te zetten)?</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Leeg beginnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
</context>
<context>
    <name>OriginalRowDialog</name>
    <message>
        <source>Original row</source>
        <translation>Oorspronkelijke rij</translation>
    </message>
    <message>
        <source>Row %1 of %2, imported %3</source>
        <translation>Rij %1 van %2, geïmporteerd %3</translation>
    </message>
    <message>
        <source>From %2, imported %3</source>
        <translation>Uit %2, geïmporteerd %3</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Alles kopiëren</translation>
    </message>
    <message>
        <source>Do not contact: this customer&apos;s details cannot be copied</source>
        <translation>Niet benaderen: de gegevens van deze klant kunnen niet worden gekopieerd</translation>
    </message>
</context>
<context>
    <name>PlanningMixin</name>
    <message>
        <source>Add to calendar?</source>
        <translation>Aan agenda toevoegen?</translation>
    </message>
    <message>
        <source>Also save this call as a calendar invitation (an .ics file) and open it in your calendar app?</source>
        <translation>Dit gesprek ook opslaan als agenda-uitnodiging (een .ics-bestand) en openen in je agenda-app?</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefoon: %1</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>Bedrijf: %1</translation>
    </message>
    <message>
        <source>Invitation saved as %1.</source>
        <translation>Uitnodiging opgeslagen als %1.</translation>
    </message>
    <message>
        <source>No calendar app</source>
        <translation>Geen agenda-app</translation>
    </message>
    <message>
        <source>The invitation was saved as %1, but no calendar app could open it. Import that file in your calendar (most have File › Import), or open it from your file manager.</source>
        <translation>De uitnodiging is opgeslagen als %1, maar geen agenda-app kon haar openen. Importeer dat bestand in je agenda (meestal via Bestand › Importeren) of open het vanuit je bestandsbeheerder.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln klant</numerusform>
            <numerusform>%Ln klanten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plan call for %Ln customer(s)</source>
        <translation>
            <numerusform>Gesprek plannen voor %Ln klant</numerusform>
            <numerusform>Gesprekken plannen voor %Ln klanten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Calls planned for %Ln customer(s), one after the other.</source>
        <translation>
            <numerusform>Gesprek gepland voor %Ln klant.</numerusform>
            <numerusform>Gesprekken gepland voor %Ln klanten, na elkaar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln do-not-contact customer(s) left out.</source>
        <translation>
            <numerusform>%Ln klant die niet benaderd wil worden, weggelaten.</numerusform>
            <numerusform>%Ln klanten die niet benaderd willen worden, weggelaten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Niet benaderen</translation>
    </message>
    <message>
        <source>This customer cannot be qualified: they asked not to be contacted (a Do-not-contact lead).</source>
        <translation>Deze klant kun je niet kwalificeren: deze persoon heeft gevraagd niet benaderd te worden (een lead met ‘niet benaderen’).</translation>
    </message>
    <message>
        <source>No open lead</source>
        <translation>Geen open lead</translation>
    </message>
    <message>
        <source>Reopen a lead before qualifying it.</source>
        <translation>Heropen een lead voordat je hem kwalificeert.</translation>
    </message>
    <message>
        <source>There is no open lead to assign.</source>
        <translation>Er is geen open lead om toe te wijzen.</translation>
    </message>
    <message numerus="yes">
        <source>Assign owner for %Ln customer(s)</source>
        <translation>
            <numerusform>Eigenaar toewijzen voor %Ln klant</numerusform>
            <numerusform>Eigenaar toewijzen voor %Ln klanten</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign owner for %1</source>
        <translation>Eigenaar toewijzen voor %1</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>Your data</source>
        <translation>Je gegevens</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>Back-ups:</translation>
    </message>
    <message>
        <source>Only you can read these files. LeadInbox opens no network connection; email and calls go through your own apps.</source>
        <translation>Alleen jij kunt deze bestanden lezen. LeadInbox maakt geen netwerkverbinding; e-mail en gesprekken gaan via je eigen apps.</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Gegevensmap openen</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Nu back-up maken</translation>
    </message>
    <message>
        <source>Restore backup…</source>
        <translation>Back-up terugzetten…</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <source>Erase leads older than</source>
        <translation>Leads wissen ouder dan</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>Erase them now…</source>
        <translation>Nu wissen…</translation>
    </message>
    <message>
        <source>reads new leads from %1</source>
        <translation>leest nieuwe leads uit %1</translation>
    </message>
    <message>
        <source>reads the mailbox %1</source>
        <translation>leest de mailbox %1</translation>
    </message>
    <message>
        <source>sends and fetches the team&apos;s work through %1</source>
        <translation>verstuurt en haalt het werk van het team via %1</translation>
    </message>
    <message>
        <source>Only you can read these files. LeadInbox connects only to what you connected: it %1. Nothing else leaves this computer; email and calls go through your own apps.</source>
        <translation>Alleen jij kunt deze bestanden lezen. LeadInbox maakt alleen verbinding met wat jij koppelde: het %1. Verder verlaat niets deze computer; e-mail en bellen gaan via je eigen apps.</translation>
    </message>
    <message>
        <source>Backups kept: %s, the newest from %s.</source>
        <translation>Bewaarde back-ups: %s, de nieuwste van %s.</translation>
    </message>
    <message>
        <source>No backups yet: the first is made today.</source>
        <translation>Nog geen back-ups: de eerste wordt vandaag gemaakt.</translation>
    </message>
    <message>
        <source>Now this would erase %s leads, and %s customers who have no newer lead.</source>
        <translation>Nu zou dit %s leads wissen, en %s klanten zonder nieuwere lead.</translation>
    </message>
    <message>
        <source>LeadInbox applies it once a day, after the daily backup. Backups made before keep those leads until they are rotated out (at most five weeks).</source>
        <translation>LeadInbox past dit eenmaal per dag toe, na de dagelijkse back-up. Eerder gemaakte back-ups houden die leads tot ze worden opgeruimd (hooguit vijf weken).</translation>
    </message>
    <message>
        <source>Off: leads are kept until you erase them. Partner Center keeps leads for 6 months.</source>
        <translation>Uit: leads blijven bewaard tot je ze wist. Partner Center bewaart leads 6 maanden.</translation>
    </message>
    <message>
        <source>Erase old leads</source>
        <translation>Oude leads wissen</translation>
    </message>
    <message>
        <source>No backup could be made, so nothing was erased.

%1</source>
        <translation>Er kon geen back-up worden gemaakt, dus er is niets gewist.

%1</translation>
    </message>
    <message>
        <source>Erase %s leads that arrived before %s, and %s customers left without leads?

This happens at once: Cancel in Settings does not undo it. A backup is made first, so File › Restore backup… can bring them back.</source>
        <translation>%s leads wissen die vóór %s binnenkwamen, en %s klanten die daarna geen leads meer hebben?

Dit gebeurt meteen: Annuleren in Instellingen maakt het niet ongedaan. Eerst wordt een back-up gemaakt, zodat je ze met Bestand › Back-up terugzetten… terug kunt halen.</translation>
    </message>
</context>
<context>
    <name>QualifyDialog</name>
    <message>
        <source>Mark qualified</source>
        <translation>Als gekwalificeerd markeren</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Kwalificatie</translation>
    </message>
    <message>
        <source>Which of your qualification criteria does this lead meet?</source>
        <translation>Aan welke van je kwalificatiecriteria voldoet deze lead?</translation>
    </message>
    <message>
        <source>%s (no longer one of your criteria)</source>
        <translation>%s (niet langer een van je criteria)</translation>
    </message>
    <message>
        <source>Untick to forget it for this lead.</source>
        <translation>Vink uit om het voor deze lead te vergeten.</translation>
    </message>
    <message>
        <source>&amp;Mark qualified</source>
        <translation>Als gekwalificeerd &amp;markeren</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>You have no qualification criteria yet; define them in Settings › Follow-up.</source>
        <translation>Je hebt nog geen kwalificatiecriteria; stel ze in via Instellingen › Opvolging.</translation>
    </message>
    <message>
        <source>Still open: %s</source>
        <translation>Nog open: %s</translation>
    </message>
    <message>
        <source>You can mark the lead qualified anyway.</source>
        <translation>Je kunt de lead toch als gekwalificeerd markeren.</translation>
    </message>
    <message>
        <source>All criteria are met.</source>
        <translation>Aan alle criteria is voldaan.</translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message>
        <source>An import is running: quit and lose it?</source>
        <translation>Er loopt een import: afsluiten en de import kwijtraken?</translation>
    </message>
    <message>
        <source>Nothing of this import is kept when LeadInbox quits now; you can import the files again later.</source>
        <translation>Als LeadInbox nu afsluit, blijft er niets van deze import bewaard; je kunt de bestanden later opnieuw importeren.</translation>
    </message>
    <message>
        <source>Quit LeadInbox</source>
        <translation>LeadInbox afsluiten</translation>
    </message>
    <message>
        <source>Quit and lose the import</source>
        <translation>Afsluiten en import kwijtraken</translation>
    </message>
    <message>
        <source>Keep importing</source>
        <translation>Doorgaan met importeren</translation>
    </message>
</context>
<context>
    <name>ReportCard</name>
    <message>
        <source>%s: numbers</source>
        <translation>%s: cijfers</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Grafiek opslaan als PNG…</translation>
    </message>
    <message>
        <source>Save %s as PNG</source>
        <translation>%s opslaan als PNG</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Grafiek opslaan</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-afbeelding (*.png)</translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <source>No leads in this period.</source>
        <translation>Geen leads in deze periode.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>&lt; 1 h</source>
        <translation>&lt; 1 u</translation>
    </message>
    <message>
        <source>1–4 h</source>
        <translation>1–4 u</translation>
    </message>
    <message>
        <source>4–8 h</source>
        <translation>4–8 u</translation>
    </message>
    <message>
        <source>8–24 h</source>
        <translation>8–24 u</translation>
    </message>
    <message>
        <source>1–2 days</source>
        <translation>1–2 dagen</translation>
    </message>
    <message>
        <source>2–7 days</source>
        <translation>2–7 dagen</translation>
    </message>
    <message>
        <source>&gt; 7 days</source>
        <translation>&gt; 7 dagen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln or more attempts</source>
        <translation>
            <numerusform>%Ln of meer pogingen</numerusform>
            <numerusform>%Ln of meer pogingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attempt(s)</source>
        <translation>
            <numerusform>%Ln poging</numerusform>
            <numerusform>%Ln pogingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Leads per week, by action</source>
        <translation>Leads per week, per actie</translation>
    </message>
    <message>
        <source>Funnel: New → Contacted → Qualified → Won</source>
        <translation>Trechter: Nieuw → Benaderd → Gekwalificeerd → Gewonnen</translation>
    </message>
    <message>
        <source>First response within the SLA, per week</source>
        <translation>Eerste reactie binnen de SLA, per week</translation>
    </message>
    <message>
        <source>Time to the first response</source>
        <translation>Tijd tot de eerste reactie</translation>
    </message>
    <message>
        <source>Attempts needed before a reply</source>
        <translation>Pogingen nodig vóór een antwoord</translation>
    </message>
    <message>
        <source>Top offers</source>
        <translation>Topaanbiedingen</translation>
    </message>
    <message>
        <source>Top countries</source>
        <translation>Toplanden</translation>
    </message>
    <message>
        <source>No first response was due in this period.</source>
        <translation>In deze periode was geen eerste reactie aan de beurt.</translation>
    </message>
    <message>
        <source>No lead was answered or overdue in this period.</source>
        <translation>In deze periode is geen lead beantwoord of te laat.</translation>
    </message>
    <message>
        <source>No lead has replied in this period.</source>
        <translation>In deze periode heeft geen lead geantwoord.</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Aanbieding</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>%s leads in %s weeks</source>
        <translation>%s leads in %s weken</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Week van</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Benaderd</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Gekwalificeerd</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Geen reactie</translation>
    </message>
    <message>
        <source>Won %s of new leads; do-not-contact leads left out: %s</source>
        <translation>%s van de nieuwe leads gewonnen; niet-benaderen-leads buiten beschouwing: %s</translation>
    </message>
    <message>
        <source>Do not contact (left out)</source>
        <translation>Niet benaderen (buiten beschouwing)</translation>
    </message>
    <message>
        <source>Deal value per offer</source>
        <translation>Dealwaarde per aanbod</translation>
    </message>
    <message>
        <source>In the pipeline</source>
        <translation>In de pijplijn</translation>
    </message>
    <message>
        <source>(no offer)</source>
        <translation>(geen aanbod)</translation>
    </message>
    <message>
        <source>value won %s</source>
        <translation>gewonnen waarde %s</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Of previous</source>
        <translation>Van vorige</translation>
    </message>
    <message>
        <source>Of new</source>
        <translation>Van nieuw</translation>
    </message>
    <message>
        <source>SLA met</source>
        <translation>SLA gehaald</translation>
    </message>
    <message>
        <source>%s answered within the first-response time overall</source>
        <translation>In totaal %s beantwoord binnen de eerste-reactietijd</translation>
    </message>
    <message>
        <source>In time</source>
        <translation>Op tijd</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Niet beantwoord</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wachtend</translation>
    </message>
    <message>
        <source>%s h</source>
        <translation>%s u</translation>
    </message>
    <message>
        <source>%s days</source>
        <translation>%s dagen</translation>
    </message>
    <message>
        <source>Median %s; green: within a day</source>
        <translation>Mediaan %s; groen: binnen een dag</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Eerste reactie</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <source>%s closed without a reply, %s of them before the %s planned attempts were made</source>
        <translation>%s afgesloten zonder antwoord, waarvan %s voordat de %s geplande pogingen waren gedaan</translation>
    </message>
    <message>
        <source>Replied, in all</source>
        <translation>Geantwoord, in totaal</translation>
    </message>
    <message>
        <source>Closed without a reply</source>
        <translation>Afgesloten zonder antwoord</translation>
    </message>
    <message>
        <source>… before the cadence was spent</source>
        <translation>… voordat de reeks op was</translation>
    </message>
    <message>
        <source>Before the reply</source>
        <translation>Vóór het antwoord</translation>
    </message>
    <message>
        <source>%s leads; %s outside the top %s</source>
        <translation>%s leads; %s buiten de top %s</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Counting…</source>
        <translation>Tellen…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Dates as in the inbox</source>
        <translation>Datums zoals in de inbox</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Laatste 4 weken</translation>
    </message>
    <message>
        <source>Last 13 weeks</source>
        <translation>Laatste 13 weken</translation>
    </message>
    <message>
        <source>Last 26 weeks</source>
        <translation>Laatste 26 weken</translation>
    </message>
    <message>
        <source>Last 52 weeks</source>
        <translation>Laatste 52 weken</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Alle datums</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Aanbieding</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Source as in the inbox</source>
        <translation>Bron zoals in de inbox</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Elke bron</translation>
    </message>
    <message>
        <source>Inbox&apos;s other filters too</source>
        <translation>Ook de andere filters van de inbox</translation>
    </message>
    <message>
        <source>Count only the leads the inbox&apos;s action, country, owner, test-lead and do-not-contact filters let through</source>
        <translation>Tel alleen de leads die de filters voor actie, land, eigenaar, testleads en niet-benaderen van de inbox doorlaten</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ver&amp;nieuwen</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>Offer as in the inbox</source>
        <translation>Aanbieding zoals in de inbox</translation>
    </message>
    <message>
        <source>Any offer</source>
        <translation>Elke aanbieding</translation>
    </message>
    <message>
        <source>Leads from %s to %s</source>
        <translation>Leads van %s tot %s</translation>
    </message>
    <message>
        <source>the first</source>
        <translation>de eerste</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>Leads of all dates</source>
        <translation>Leads van alle datums</translation>
    </message>
    <message>
        <source>offer %s</source>
        <translation>aanbieding %s</translation>
    </message>
    <message>
        <source>source %s</source>
        <translation>bron %s</translation>
    </message>
    <message>
        <source>action %s</source>
        <translation>actie %s</translation>
    </message>
    <message>
        <source>country %s</source>
        <translation>land %s</translation>
    </message>
    <message>
        <source>owner %s</source>
        <translation>eigenaar %s</translation>
    </message>
    <message>
        <source>me</source>
        <translation>ik</translation>
    </message>
    <message>
        <source>test leads hidden</source>
        <translation>testleads verborgen</translation>
    </message>
    <message>
        <source>test leads included</source>
        <translation>testleads meegeteld</translation>
    </message>
    <message>
        <source>do-not-contact customers hidden</source>
        <translation>niet-benaderen-klanten verborgen</translation>
    </message>
    <message>
        <source>. Weeks start on Monday (UTC).</source>
        <translation>. Weken beginnen op maandag (UTC).</translation>
    </message>
    <message>
        <source>The reports could not be counted: %s</source>
        <translation>De rapporten konden niet worden geteld: %s</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Bijgewerkt</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <source>LeadInbox – Reports</source>
        <translation>LeadInbox – Rapporten</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Daily</source>
        <translation>Dagelijks</translation>
    </message>
    <message>
        <source>Backed up by you</source>
        <translation>Door jou gemaakt</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Vóór het terugzetten</translation>
    </message>
    <message>
        <source>Before an undone import</source>
        <translation>Vóór het ongedaan maken van een import</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>Vóór een update</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Staat</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Terugzetten…</translation>
    </message>
    <message>
        <source>Backups are kept in %s: one a day for a week, then one a week for four weeks, and a copy before every update or restore.</source>
        <translation>Back-ups staan in %s: één per dag gedurende een week, daarna één per week gedurende vier weken, en een kopie vóór elke update of elk terugzetten.</translation>
    </message>
    <message>
        <source>No backups yet. LeadInbox makes one each day it runs, and File › Back up now makes one at once.</source>
        <translation>Nog geen back-ups. LeadInbox maakt er elke dag een zolang het draait, en Bestand › Nu back-up maken maakt er meteen een.</translation>
    </message>
    <message>
        <source>Readable</source>
        <translation>Leesbaar</translation>
    </message>
    <message>
        <source>Replace the current database (%s customers, %s leads) with the backup of %s (%s customers, %s leads)?

The current database is backed up first, so this can be undone by restoring that copy. People you erased since the backup stay erased.</source>
        <translation>De huidige database (%s klanten, %s leads) vervangen door de back-up van %s (%s klanten, %s leads)?

Eerst wordt een back-up van de huidige database gemaakt, zodat je dit ongedaan kunt maken door die kopie terug te zetten. Mensen die je sinds de back-up hebt gewist, blijven gewist.</translation>
    </message>
</context>
<context>
    <name>SafetyController</name>
    <message>
        <source>Backed up to %s.</source>
        <translation>Back-up gemaakt: %s.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Back-up mislukt</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Nu &amp;back-up maken</translation>
    </message>
    <message>
        <source>&amp;Restore backup…</source>
        <translation>Back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <source>&amp;Erase person…</source>
        <translation>Pe&amp;rsoon wissen…</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Back-up maken…</translation>
    </message>
    <message>
        <source>An import is running: restore when it has finished.</source>
        <translation>Er loopt een import: zet terug als die klaar is.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>Restoring the backup of %s…</source>
        <translation>De back-up van %s terugzetten…</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Terugzetten mislukt</translation>
    </message>
    <message>
        <source>Restored the backup of %s; the database as it was is in %s.</source>
        <translation>De back-up van %s is teruggezet; de database zoals die was staat in %s.</translation>
    </message>
    <message>
        <source>Backups and privacy</source>
        <translation>Back-ups en privacy</translation>
    </message>
    <message>
        <source>An import is running: erase when it has finished.</source>
        <translation>Er loopt een import: wis als die klaar is.</translation>
    </message>
    <message>
        <source>Erase person</source>
        <translation>Persoon wissen</translation>
    </message>
    <message>
        <source>Erasing %s and everything recorded about them…</source>
        <translation>%s en alles wat over die persoon is vastgelegd wissen…</translation>
    </message>
    <message>
        <source>this customer</source>
        <translation>deze klant</translation>
    </message>
    <message>
        <source>Erase failed</source>
        <translation>Wissen mislukt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln backup(s) could not be changed (damaged, read-only, or a full disk) and still hold this person. Fix that and run “leadinbox erase %1”, or delete them from %2.</source>
        <translation>
            <numerusform>%Ln back-up kon niet worden aangepast (beschadigd, alleen-lezen of een volle schijf) en bevat deze persoon nog. Los dat op en voer “leadinbox erase %1” uit, of verwijder hem uit %2.</numerusform>
            <numerusform>%Ln back-ups konden niet worden aangepast (beschadigd, alleen-lezen of een volle schijf) en bevatten deze persoon nog. Los dat op en voer “leadinbox erase %1” uit, of verwijder ze uit %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The disk is full. The person is erased and no search finds them, but their words stay in unused parts of the search index until LeadInbox can rewrite it. Free some space: LeadInbox rewrites the index the next time it starts.</source>
        <translation>De schijf is vol. De persoon is gewist en geen zoekopdracht vindt hem of haar nog, maar de woorden blijven in ongebruikte delen van de zoekindex staan tot LeadInbox die kan herschrijven. Maak ruimte vrij: LeadInbox herschrijft de index bij de volgende start.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln lead</numerusform>
            <numerusform>%Ln leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attempt(s)</source>
        <translation>
            <numerusform>%Ln poging</numerusform>
            <numerusform>%Ln pogingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln notitie</numerusform>
            <numerusform>%Ln notities</numerusform>
        </translation>
    </message>
    <message>
        <source>Erased: %1.</source>
        <translation>Gewist: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the counts of what was erased</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>Removed from %Ln backup(s).</source>
        <translation>
            <numerusform>Verwijderd uit %Ln back-up.</numerusform>
            <numerusform>Verwijderd uit %Ln back-ups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retention: erased %Ln lead(s) older than %1.</source>
        <translation>
            <numerusform>Bewaartermijn: %Ln lead ouder dan %1 gewist.</numerusform>
            <numerusform>Bewaartermijn: %Ln leads ouder dan %1 gewist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln maand</numerusform>
            <numerusform>%Ln maanden</numerusform>
        </translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>De database is beschadigd</translation>
    </message>
    <message>
        <source>SQLite found damage in the database (%s). No backup was made of it, so your good backups are kept. Use File › Restore backup… to restore the newest good one; the database as it is now is kept in the backups folder first.</source>
        <translation>SQLite heeft schade in de database gevonden (%s). Er is geen back-up van gemaakt, zodat je goede back-ups bewaard blijven. Gebruik Bestand › Back-up terugzetten… om de nieuwste goede terug te zetten; de database zoals hij nu is wordt eerst in de back-upmap bewaard.</translation>
    </message>
</context>
<context>
    <name>SavedViews</name>
    <message>
        <source>Save view</source>
        <translation>Weergave opslaan</translation>
    </message>
    <message>
        <source>Name for the current search, filters and sort:</source>
        <translation>Naam voor de huidige zoekopdracht, filters en sortering:</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Weergave verwijderen</translation>
    </message>
    <message>
        <source>Delete the saved view “%1”? Its search, filters and sort cannot be brought back.</source>
        <translation>De bewaarde weergave “%1” verwijderen? De zoekopdracht, filters en sortering kun je dan niet terughalen.</translation>
    </message>
</context>
<context>
    <name>ScheduleCallDialog</name>
    <message>
        <source>Plan a call – %s</source>
        <translation>Gesprek plannen – %s</translation>
    </message>
    <message>
        <source>%d min</source>
        <translation>%d min</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Agenda, dial-in, who joins (optional)</source>
        <translation>Agenda, inbelgegevens, wie er meedoet (optioneel)</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wanneer:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duur:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plannen</translation>
    </message>
    <message>
        <source>Meeting with %s</source>
        <translation>Afspraak met %s</translation>
    </message>
    <message>
        <source>Call with %s</source>
        <translation>Gesprek met %s</translation>
    </message>
    <message>
        <source>Time zone: %1 (%2)</source>
        <translation>Tijdzone: %1 (%2)</translation>
    </message>
    <message>
        <source>This time has already passed: pick a later one.</source>
        <translation>Dit tijdstip is al voorbij: kies een later tijdstip.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>/</source>
        <translation>/</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>↓ or Enter</source>
        <translation>↓ of Enter</translation>
    </message>
    <message>
        <source>From the search box to the results</source>
        <translation>Van het zoekvak naar de resultaten</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>De zoekopdracht wissen</translation>
    </message>
    <message>
        <source>Alt+A</source>
        <translation>Alt+A</translation>
    </message>
    <message>
        <source>Show a search&apos;s matches in the other views too</source>
        <translation>De treffers van een zoekopdracht ook in de andere weergaven tonen</translation>
    </message>
    <message>
        <source>↑ ↓ or J K</source>
        <translation>↑ ↓ of J K</translation>
    </message>
    <message>
        <source>Move through the inbox</source>
        <translation>Door de inbox bewegen</translation>
    </message>
    <message>
        <source>→ ←</source>
        <translation>→ ←</translation>
    </message>
    <message>
        <source>Expand / collapse a customer</source>
        <translation>Een klant uit- / samenvouwen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the customer (expand and show details)</source>
        <translation>De klant openen (uitvouwen en details tonen)</translation>
    </message>
    <message>
        <source>Shift+F10 or Menu</source>
        <translation>Shift+F10 of Menu</translation>
    </message>
    <message>
        <source>The Lead menu for the current row</source>
        <translation>Het menu Lead voor de huidige rij</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Toets</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Doet</translation>
    </message>
</context>
<context>
    <name>StartFromTodayDialog</name>
    <message>
        <source>Start from today</source>
        <translation>Vanaf vandaag opnieuw beginnen</translation>
    </message>
    <message>
        <source>Leads that came in before you used LeadInbox were probably answered elsewhere. Treat the unanswered ones older than a number of days as handled, so that Due now shows what is really due. Nothing is deleted, and Ctrl+Z undoes it.</source>
        <translation>Leads van vóór LeadInbox zijn waarschijnlijk elders beantwoord. Behandel de onbeantwoorde die ouder zijn dan een aantal dagen als afgehandeld, zodat “Nu te doen” toont wat echt te doen is. Er wordt niets verwijderd, en Ctrl+Z maakt het ongedaan.</translation>
    </message>
    <message numerus="yes">
        <source>Treat the unanswered leads of the %Ln selected customer(s) that are older than a number of days as handled. Nothing is deleted, and Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>Behandel de onbeantwoorde leads van de %Ln geselecteerde klant die ouder zijn dan een aantal dagen als afgehandeld. Er wordt niets verwijderd, en Ctrl+Z maakt het ongedaan.</numerusform>
            <numerusform>Behandel de onbeantwoorde leads van de %Ln geselecteerde klanten die ouder zijn dan een aantal dagen als afgehandeld. Er wordt niets verwijderd, en Ctrl+Z maakt het ongedaan.</numerusform>
        </translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Older than</source>
        <translation>Ouder dan</translation>
    </message>
    <message>
        <source>Unanswered leads older than</source>
        <translation>Onbeantwoorde leads ouder dan</translation>
    </message>
    <message>
        <source>&amp;Close them as “handled before LeadInbox”</source>
        <translation>&amp;Afsluiten als “afgehandeld vóór LeadInbox”</translation>
    </message>
    <message>
        <source>&amp;Restart their first-response clock from now</source>
        <translation>&amp;Reactieklok vanaf nu opnieuw starten</translation>
    </message>
    <message numerus="yes">
        <source>%Ln unanswered lead(s) older than that,</source>
        <translation>
            <numerusform>%Ln onbeantwoorde lead ouder dan dat,</numerusform>
            <numerusform>%Ln onbeantwoorde leads ouder dan dat,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %Ln customer(s).</source>
        <translation>
            <numerusform>van %Ln klant.</numerusform>
            <numerusform>van %Ln klanten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>LeadInbox is already open on this database: its window was brought to the front and imports the files.</source>
        <translation>LeadInbox is al geopend met deze database: het venster is naar voren gehaald en importeert de bestanden.</translation>
    </message>
    <message>
        <source>LeadInbox is already open on this database: its window was brought to the front.</source>
        <translation>LeadInbox is al geopend met deze database: het venster is naar voren gehaald.</translation>
    </message>
    <message>
        <source>the database file is damaged (%s)</source>
        <translation>het databasebestand is beschadigd (%s)</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Benaderd</translation>
    </message>
    <message>
        <source>Nurturing</source>
        <translation>Onderhouden</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Gekwalificeerd</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Closed – no response</source>
        <translation>Afgesloten – geen reactie</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Niet benaderen</translation>
    </message>
    <message>
        <source>Test lead</source>
        <translation>Testlead</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln klant</numerusform>
            <numerusform>%Ln klanten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln lead</numerusform>
            <numerusform>%Ln leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message numerus="yes">
        <source>%Ln customer(s) handed to %1</source>
        <translation>
            <numerusform>%Ln klant overgedragen aan %1</numerusform>
            <numerusform>%Ln klanten overgedragen aan %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You work %Ln customer(s) now</source>
        <translation>
            <numerusform>Je werkt nu %Ln klant</numerusform>
            <numerusform>Je werkt nu %Ln klanten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) released</source>
        <translation>
            <numerusform>%Ln klant vrijgegeven</numerusform>
            <numerusform>%Ln klanten vrijgegeven</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more not changed</source>
        <translation>
            <numerusform>%Ln andere niet gewijzigd</numerusform>
            <numerusform>%Ln andere niet gewijzigd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Team: %Ln change(s) made at the same time on two desks; the later was kept (%1&apos;s)</source>
        <translation>
            <numerusform>Team: %Ln wijziging tegelijk op twee plekken gemaakt; de latere is bewaard (die van %1)</numerusform>
            <numerusform>Team: %Ln wijzigingen tegelijk op twee plekken gemaakt; de latere is bewaard (die van %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message numerus="yes">
        <source>Team: %Ln change(s) not sent yet</source>
        <translation>
            <numerusform>Team: %Ln wijziging nog niet verstuurd</numerusform>
            <numerusform>Team: %Ln wijzigingen nog niet verstuurd</numerusform>
        </translation>
    </message>
    <message>
        <source>Team synced %1</source>
        <translation>Team gesynchroniseerd %1</translation>
    </message>
    <message>
        <source>Team: not synced yet</source>
        <translation>Team: nog niet gesynchroniseerd</translation>
    </message>
    <message>
        <source>team storage needs attention (Settings › Team) since %1</source>
        <translation>teamopslag vraagt aandacht (Instellingen › Team) sinds %1</translation>
    </message>
    <message>
        <source>team storage not reachable since %1</source>
        <translation>teamopslag niet bereikbaar sinds %1</translation>
    </message>
    <message>
        <source>%1 took this customer at %2</source>
        <translation>%1 nam deze klant om %2</translation>
    </message>
</context>
<context>
    <name>TeamController</name>
    <message>
        <source>Team wor&amp;k</source>
        <translation>Tea&amp;mwerk</translation>
    </message>
    <message>
        <source>&amp;Claim (make it mine)</source>
        <translation>&amp;Claimen (van mij maken)</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Vrijgeven</translation>
    </message>
    <message>
        <source>&amp;Hand to another desk…</source>
        <translation>&amp;Overdragen aan een collega…</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Vrijgeven</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claimen</translation>
    </message>
    <message>
        <source>Stop working this customer (Shift+M)</source>
        <translation>Stop met deze klant (Shift+M)</translation>
    </message>
    <message>
        <source>Work this customer: checked with the team at once (M)</source>
        <translation>Neem deze klant: meteen bij het team nagevraagd (M)</translation>
    </message>
    <message>
        <source>No other desk of the team is known yet: sync first.</source>
        <translation>Nog geen andere plek van het team bekend: synchroniseer eerst.</translation>
    </message>
    <message>
        <source>Hand to another desk</source>
        <translation>Overdragen aan een collega</translation>
    </message>
    <message>
        <source>Who works this customer from now on:</source>
        <translation>Wie werkt deze klant vanaf nu:</translation>
    </message>
    <message>
        <source>Nothing changed: the team&apos;s storage cannot be used (%1).</source>
        <translation>Niets gewijzigd: de opslag van het team is niet te gebruiken (%1).</translation>
    </message>
    <message>
        <source>Nothing changed: %1</source>
        <translation>Niets gewijzigd: %1</translation>
    </message>
    <message>
        <source>%1 works this customer, not you</source>
        <translation>%1 werkt deze klant, niet jij</translation>
    </message>
    <message>
        <source>you do not work this customer</source>
        <translation>jij werkt deze klant niet</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>This desk is on no team: nothing is shared and no connection is opened.</source>
        <translation>Deze plek hoort bij geen team: er wordt niets gedeeld en geen verbinding gemaakt.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Nu synchroniseren</translation>
    </message>
    <message>
        <source>&amp;Leave team…</source>
        <translation>Team &amp;verlaten…</translation>
    </message>
    <message>
        <source>Team table:</source>
        <translation>Teamtabel:</translation>
    </message>
    <message>
        <source>This desk:</source>
        <translation>Deze plek:</translation>
    </message>
    <message>
        <source>Key kept in:</source>
        <translation>Sleutel bewaard in:</translation>
    </message>
    <message>
        <source>Last synced:</source>
        <translation>Laatst gesynchroniseerd:</translation>
    </message>
    <message>
        <source>Not sent yet:</source>
        <translation>Nog niet verstuurd:</translation>
    </message>
    <message>
        <source>Desks:</source>
        <translation>Plekken:</translation>
    </message>
    <message>
        <source>and a few seconds after each shared change</source>
        <translation>en een paar seconden na elke gedeelde wijziging</translation>
    </message>
    <message>
        <source>Sync every:</source>
        <translation>Synchroniseer elke:</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbonden</translation>
    </message>
    <message>
        <source>SAS URL of the team table (recommended)</source>
        <translation>SAS-URL van de teamtabel (aanbevolen)</translation>
    </message>
    <message>
        <source>Connection string (grants full access to the account)</source>
        <translation>Verbindingsreeks (geeft volledige toegang tot het account)</translation>
    </message>
    <message>
        <source>e.g. Ana</source>
        <translation>bijv. Ana</translation>
    </message>
    <message>
        <source>&amp;Test and join</source>
        <translation>&amp;Testen en aansluiten</translation>
    </message>
    <message>
        <source>Desks of one team share who works which customer and what was done, through a table of its own in your storage account (say &lt;i&gt;LeadInboxTeam&lt;/i&gt;). Make a SAS for that table with &lt;b&gt;Query, Add, Update and Delete&lt;/b&gt; and an expiry (Storage Explorer: right-click the table › Get Shared Access Signature…). Notes and contact details travel to that table, in your own account; its keys never hold an email or a name.</source>
        <translation>De plekken van een team delen wie welke klant werkt en wat er gedaan is, via een eigen tabel in je opslagaccount (bijvoorbeeld &lt;i&gt;LeadInboxTeam&lt;/i&gt;). Maak voor die tabel een SAS met &lt;b&gt;Query, Add, Update en Delete&lt;/b&gt; en een vervaldatum (Storage Explorer: rechtsklik op de tabel › Get Shared Access Signature…). Notities en contactgegevens gaan naar die tabel, in je eigen account; de sleutels bevatten nooit een e-mailadres of naam.</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <source>URL or connection string:</source>
        <translation>URL of verbindingsreeks:</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Tabel:</translation>
    </message>
    <message>
        <source>This desk&apos;s name:</source>
        <translation>Naam van deze plek:</translation>
    </message>
    <message>
        <source>Join a team</source>
        <translation>Aansluiten bij een team</translation>
    </message>
    <message>
        <source>the system keyring</source>
        <translation>de sleutelbos van het systeem</translation>
    </message>
    <message>
        <source>a file only you can read (not the database)</source>
        <translation>een bestand dat alleen jij kunt lezen (niet de database)</translation>
    </message>
    <message>
        <source>missing: join again to give it</source>
        <translation>ontbreekt: sluit opnieuw aan om hem te geven</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <source>last try %1 failed: %2</source>
        <translation>laatste poging %1 mislukt: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln wijziging</numerusform>
            <numerusform>%Ln wijzigingen</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing: every change was sent</source>
        <translation>niets: elke wijziging is verstuurd</translation>
    </message>
    <message>
        <source>Not joined: give this desk a name (unique in the team).</source>
        <translation>Niet aangesloten: geef deze plek een naam (uniek in het team).</translation>
    </message>
    <message>
        <source>Not joined: %1</source>
        <translation>Niet aangesloten: %1</translation>
    </message>
    <message>
        <source>Trying %1…</source>
        <translation>%1 proberen…</translation>
    </message>
    <message>
        <source>Not joined: another desk of this team is already called “%1”; pick another name.</source>
        <translation>Niet aangesloten: een andere plek van dit team heet al “%1”; kies een andere naam.</translation>
    </message>
    <message>
        <source>Joined as “%1”. The team&apos;s work is fetched now, and every few minutes.</source>
        <translation>Aangesloten als “%1”. Het werk van het team wordt nu opgehaald, en daarna om de paar minuten.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchroniseren…</translation>
    </message>
    <message>
        <source>Sent %1, applied %2 from other desks.</source>
        <translation>%1 verstuurd, %2 van andere plekken verwerkt.</translation>
    </message>
    <message>
        <source>Not synced: %1</source>
        <translation>Niet gesynchroniseerd: %1</translation>
    </message>
    <message numerus="yes">
        <source>Left the team. Everything stays on this desk; %Ln change(s) not sent were dropped.</source>
        <translation>
            <numerusform>Team verlaten. Alles blijft op deze plek; %Ln niet verstuurde wijziging is vervallen.</numerusform>
            <numerusform>Team verlaten. Alles blijft op deze plek; %Ln niet verstuurde wijzigingen zijn vervallen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left the team. Everything stays on this desk.</source>
        <translation>Team verlaten. Alles blijft op deze plek.</translation>
    </message>
    <message>
        <source>Leave team</source>
        <translation>Team verlaten</translation>
    </message>
    <message>
        <source>Leave the team as “%1”?

Everything stays on this desk: the leads, your work and what the other desks shared. Nothing more is sent or fetched, the team&apos;s key is forgotten, and changes not sent yet are not sent. The other desks keep what you shared.</source>
        <translation>Het team verlaten als “%1”?

Alles blijft op deze plek: de leads, je werk en wat de andere plekken deelden. Er wordt niets meer verstuurd of opgehaald, de sleutel van het team wordt vergeten en nog niet verstuurde wijzigingen gaan niet meer weg. De andere plekken houden wat jij deelde.</translation>
    </message>
</context>
<context>
    <name>TemplatesEditor</name>
    <message>
        <source>Contact me</source>
        <translation>Neem contact op</translation>
    </message>
    <message>
        <source>Test drive</source>
        <translation>Proefrit</translation>
    </message>
    <message>
        <source>Get it now / free trial</source>
        <translation>Nu downloaden / gratis proefversie</translation>
    </message>
    <message>
        <source>Azure portal create</source>
        <translation>Aangemaakt in Azure-portal</translation>
    </message>
    <message>
        <source>Follow-up for attempt 2, 3, …</source>
        <translation>Opvolging voor poging 2, 3, …</translation>
    </message>
    <message>
        <source>After the customer replied</source>
        <translation>Nadat de klant heeft geantwoord</translation>
    </message>
    <message>
        <source>After a call was booked</source>
        <translation>Nadat een gesprek is ingepland</translation>
    </message>
    <message>
        <source>The customer&apos;s first name (else their full name, or “there”)</source>
        <translation>De voornaam van de klant (anders de volledige naam, of “heer/mevrouw”)</translation>
    </message>
    <message>
        <source>The customer&apos;s full name</source>
        <translation>De volledige naam van de klant</translation>
    </message>
    <message>
        <source>The customer&apos;s company (“your team” without one)</source>
        <translation>Het bedrijf van de klant (“uw organisatie” als dat ontbreekt)</translation>
    </message>
    <message>
        <source>The offer the lead came from</source>
        <translation>De aanbieding waar de lead vandaan kwam</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Je naam</translation>
    </message>
    <message>
        <source>Your signature (your name without one)</source>
        <translation>Je handtekening (anders je naam)</translation>
    </message>
    <message>
        <source>What the customer wrote (Contact me), quoted and shortened; its line is left out when they wrote nothing</source>
        <translation>Wat de klant schreef (Contact me), geciteerd en ingekort; de regel vervalt als de klant niets schreef</translation>
    </message>
    <message>
        <source>&amp;Restore default</source>
        <translation>Standaard &amp;herstellen</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Sjabloon:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Onderwerp:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Tekst:</translation>
    </message>
    <message>
        <source>Insert:</source>
        <translation>Invoegen:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Voorbeeld:</translation>
    </message>
    <message>
        <source>An email is written in the customer&apos;s language (the one set on them, else their country&apos;s). A template you change is used as you wrote it, for everyone.</source>
        <translation>Een e-mail wordt geschreven in de taal van de klant (de taal die bij de klant is ingesteld, anders die van het land). Een sjabloon dat je wijzigt, wordt voor iedereen gebruikt zoals je het schreef.</translation>
    </message>
    <message>
        <source>%s (edited)</source>
        <translation>%s (bewerkt)</translation>
    </message>
    <message>
        <source>Subject: %s</source>
        <translation>Onderwerp: %s</translation>
    </message>
    <message>
        <source>A brace { or } is not closed: the email would be sent exactly as written, without the placeholders filled in.</source>
        <translation>Een accolade { of } is niet gesloten: de e-mail zou precies zo worden verstuurd, zonder ingevulde plaatshouders.</translation>
    </message>
    <message>
        <source>Unknown placeholder: %s.</source>
        <translation>Onbekende plaatshouder: %s.</translation>
    </message>
    <message>
        <source>Unknown placeholders: %s.</source>
        <translation>Onbekende plaatshouders: %s.</translation>
    </message>
    <message>
        <source>Use one of the placeholders above; the preview shows what would be sent.</source>
        <translation>Gebruik een van de plaatshouders hierboven; het voorbeeld toont wat er verstuurd zou worden.</translation>
    </message>
    <message>
        <source>%1 is not filled in: a placeholder is only a name in braces, such as {first_name}, without dots, brackets, ! or :. It stays in the email as written.</source>
        <translation>%1 wordt niet ingevuld: een plaatshouder is alleen een naam tussen accolades, zoals {first_name}, zonder punten, haken, ! of :. Hij blijft in de e-mail staan zoals hij geschreven is.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>from</source>
        <translation>uit</translation>
    </message>
    <message>
        <source>original row</source>
        <translation>oorspronkelijke rij</translation>
    </message>
    <message>
        <source>Date “%1” could not be read; the lead is dated by its import</source>
        <translation>Datum “%1” kon niet worden gelezen; de lead is gedateerd op de import</translation>
    </message>
    <message>
        <source>Country “%1” could not be read; kept as written</source>
        <translation>Land “%1” kon niet worden gelezen; bewaard zoals geschreven</translation>
    </message>
    <message>
        <source>Phone “%1” could not be read; kept as written</source>
        <translation>Telefoonnummer “%1” kon niet worden gelezen; bewaard zoals geschreven</translation>
    </message>
    <message>
        <source>Email “%1” could not be read; the lead has no email address</source>
        <translation>E-mailadres “%1” kon niet worden gelezen; de lead heeft geen e-mailadres</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(geen onderwerp)</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>van %1</translation>
    </message>
    <message>
        <source>emailed despite do not contact</source>
        <translation>gemaild ondanks niet benaderen</translation>
    </message>
    <message>
        <source>email from a do-not-contact customer</source>
        <translation>e-mail van een klant die niet benaderd wil worden</translation>
    </message>
    <message>
        <source>email logged; no open lead, the cadence is unchanged</source>
        <translation>e-mail vastgelegd; geen open lead, het ritme blijft gelijk</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>door %1</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>nog geen antwoord</translation>
    </message>
    <message>
        <source>left voicemail</source>
        <translation>voicemail ingesproken</translation>
    </message>
    <message>
        <source>replied</source>
        <translation>heeft geantwoord</translation>
    </message>
    <message>
        <source>meeting booked</source>
        <translation>afspraak gemaakt</translation>
    </message>
    <message>
        <source>bounced</source>
        <translation>onbestelbaar</translation>
    </message>
    <message>
        <source>not interested</source>
        <translation>geen interesse</translation>
    </message>
    <message>
        <source>other</source>
        <translation>anders</translation>
    </message>
    <message>
        <source>leads</source>
        <translation>leads</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gedaan</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>done by %1</source>
        <translation>gedaan door %1</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <source>company</source>
        <translation>bedrijf</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>functie</translation>
    </message>
    <message>
        <source>country</source>
        <translation>land</translation>
    </message>
    <message>
        <source>language</source>
        <translation>taal</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Tagged</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Deal value</source>
        <translation>Dealwaarde</translation>
    </message>
    <message>
        <source>Contact me</source>
        <translation>Neem contact op</translation>
    </message>
</context>
<context>
    <name>UndoConfirmation</name>
    <message>
        <source>Undo import</source>
        <translation>Import ongedaan maken</translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln lead(s) and %1 added by %2?</source>
        <translation>
            <numerusform>%Ln lead en %1 verwijderen die %2 heeft toegevoegd?</numerusform>
            <numerusform>%Ln leads en %1 verwijderen die %2 heeft toegevoegd?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln klant</numerusform>
            <numerusform>%Ln klanten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln lead(s) added by %1?</source>
        <translation>
            <numerusform>%Ln lead verwijderen die %1 heeft toegevoegd?</numerusform>
            <numerusform>%Ln leads verwijderen die %1 heeft toegevoegd?</numerusform>
        </translation>
    </message>
    <message>
        <source>Leads you had before this import stay, with the details it filled in.</source>
        <translation>Leads die je al had voor deze import blijven staan, met de gegevens die de import aanvulde.</translation>
    </message>
    <message numerus="yes">
        <source>You have worked on %Ln of these leads since the import, for %1.</source>
        <translation>
            <numerusform>Je hebt sinds de import aan %Ln van deze leads gewerkt, voor %1.</numerusform>
            <numerusform>Je hebt sinds de import aan %Ln van deze leads gewerkt, voor %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing it anyway deletes that work: the status changes and attempts logged on those leads, and the notes and calls of the customers removed.</source>
        <translation>Als je de import toch ongedaan maakt, gaat dat werk verloren: de statuswijzigingen en pogingen bij die leads, en de notities en gesprekken van de klanten die verdwijnen.</translation>
    </message>
    <message>
        <source>Keep the import</source>
        <translation>Import houden</translation>
    </message>
    <message>
        <source>Undo anyway and lose that work</source>
        <translation>Toch ongedaan maken, werk kwijt</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln other customer(s)</source>
        <translation>
            <numerusform>%1 en %Ln andere klant</numerusform>
            <numerusform>%1 en %Ln andere klanten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>Due now</source>
        <translation>Nu te doen</translation>
    </message>
    <message>
        <source>Needs first reply</source>
        <translation>Onbeantwoord</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Vandaag te doen</translation>
    </message>
    <message>
        <source>Nurturing</source>
        <translation>Onderhouden</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Niet benaderen</translation>
    </message>
</context>
<context>
    <name>ViewsPanel</name>
    <message>
        <source>Your saved view. Delete removes it.</source>
        <translation>Je opgeslagen weergave. Delete verwijdert hem.</translation>
    </message>
    <message>
        <source>Delete view “%s”</source>
        <translation>Weergave “%s” verwijderen</translation>
    </message>
</context>
<context>
    <name>save_invitation</name>
    <message>
        <source>Save calendar invitation</source>
        <translation>Agenda-uitnodiging opslaan</translation>
    </message>
    <message>
        <source>Calendar invitation (*.ics)</source>
        <translation>Agenda-uitnodiging (*.ics)</translation>
    </message>
    <message>
        <source>Invitation not saved</source>
        <translation>Uitnodiging niet opgeslagen</translation>
    </message>
    <message>
        <source>The invitation could not be written to %1: %2</source>
        <translation>De uitnodiging kon niet naar %1 worden geschreven: %2</translation>
    </message>
</context>
</TS>
