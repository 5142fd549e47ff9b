<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About LeadInbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace leads, imported, deduplicated and followed up. Your data stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>LeadInbox cannot open its database.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignOwnerDialog</name>
    <message>
        <source>Assign one lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign %d leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a colleague or type a new name; “Me” assigns them to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttemptDialog</name>
    <message>
        <source>Log attempt – %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said or sent (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply stops the cadence: the lead moves to Nurturing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A booked meeting stops the cadence: the lead moves to Nurturing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will be asked whether to close the lead as Lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next attempt is planned by your cadence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one lead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Badges</name>
    <message>
        <source>Contact me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppSource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriteriaEditor</name>
    <message>
        <source>Double-click or press F2 to rename; drag to reorder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Every planned attempt was made without a reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close as no response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the email address to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the phone number to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a customer to see their contact details and timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s), the last on %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Offers:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no attempt yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⛔ Do not contact. This customer has a Do-not-contact lead: LeadInbox will not email, call or plan attempts for them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Due</name>
    <message>
        <source>overdue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply overdue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempt overdue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call overdue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close? no reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply due in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next attempt in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close? in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailDialog</name>
    <message>
        <source>Email %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in mail app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open sample data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside LeadInbox. Your data is safe: nothing was half-written. The details below help us fix it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The current view: %n lead(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The selected rows: %n lead(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, UTF-8 (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamics 365 lead import (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce lead import (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real dates, a frozen header row and the follow-up history; LeadInbox can import the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 with a byte-order mark, so Excel shows accents and Chinese right; LeadInbox can import the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For Dynamics 365 Sales › Import from CSV: the Lead&apos;s display names, Status Reason, and the follow-up history as the Description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For Salesforce&apos;s Data Import Wizard: Lead field labels, Lead Status, and the follow-up history as the Description (UTF-8 without a BOM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed; no file was written.
%s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n lead(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Lead id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created (date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead source (Source-Action|Offer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action / call to action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes / description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search name, email, company, offer, notes…  ( / )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (lead date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (lead date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide test leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide do-not-contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>Log attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark call done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualify</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpActions</name>
    <message>
        <source>Do not contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer asked not to be contacted (a Do-not-contact lead). LeadInbox will not email, call or plan attempts for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All leads of this customer are closed. Reopen one to log an attempt on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Attempt logged on %n lead(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Close as Lost?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer is not reachable or not interested. Close the lead(s) as Lost?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer has no usable email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log attempt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log this email as attempt %d?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer has no phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead of this customer can be moved to %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not contact?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this customer as Do not contact? LeadInbox will then refuse to email, call or plan attempts for them (Ctrl+Z undoes it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n lead(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (searchable, kept with the customer):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpBar</name>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write from a template (E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call with your phone app (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log an email or call (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule a call or meeting (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move, close or reopen (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen as New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not contact: this customer asked not to be contacted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpController</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;attempt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Qualify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close, no respo&amp;nse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign &amp;owner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do &amp;not contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s – %d due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s is due: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d customers have a reply, attempt or call due.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpSettingsPage</name>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count weekends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unticked, Saturday and Sunday do not run the clocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The days after the first attempt on which each attempt is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First reply &amp;within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attempts on days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose closing &amp;after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…without a reply to the last planned attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response and cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the attempt days as whole numbers separated by commas, for example 0, 2, 5, 9, 14.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attempt can be planned at most %d days after the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first attempt is on day 0 and each later day comes after the one before, for example 0, 2, 5, 9, 14.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One attempt in total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d attempts in total.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>e.g. Sam Lee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sam Lee
Contoso Software · +31 20 555 0100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email &amp;signature:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <source>everything whose reply, attempt or call is due now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new leads nobody has answered yet. Microsoft expects an answer within 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers with a follow-up due before the end of today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers you are staying in touch with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>won, lost and closed without a response; they can be reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers who asked not to be contacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they installed or started a free trial: the strongest signal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they asked you to contact them, often with a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they tried your test drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they created your offer in the Azure portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not contact them. Microsoft passed the lead on for information only; LeadInbox disables the copy and email buttons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Drop your lead files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export your leads from Partner Center (Referrals › Leads › Export), Azure Table storage, Dynamics 365, Salesforce or Marketo, and drop the files or their folder anywhere on the window. File › Import… (Ctrl+O) does the same. Try File › Open sample data first if you have no export at hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer who appears in several files becomes one customer with one timeline. Importing the same file twice adds nothing, and File › Import history undoes an import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Pick a view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in the search box (/ or Ctrl+F) to find a name, email, company, offer or note; the filters next to it narrow the list by action, source, offer, country and date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Read the badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each customer shows the badges of all their leads, strongest intent first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Follow-up column counts down to the next thing to do: the first reply, the next attempt or a planned call. Overdue items are shown in red. Select a customer to see their contact details and timeline on the right, and email, call or log an attempt from there; LeadInbox plans the next attempt for you and stops as soon as the customer replies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help › Keyboard shortcuts lists the keys that move you through the inbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <source>Getting started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the leads that import %1 added?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Import lead files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead files (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import: drop CSV, Excel or JSON lead files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is running; drop the files again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>File %1 of %2: %Ln row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. File › Import history to undo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln new lead(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln new customer(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln file(s) refused</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rejected rows (%Ln):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No rows were rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no email</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s); the last on %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save current view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About LeadInbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name for the current search, filters and sort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New follow-up rules: %d open leads replanned.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Map the columns of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadInbox did not recognise this file&apos;s layout. Choose what each column holds; the choice is remembered for files with the same columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least the column with the email or the name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanningMixin</name>
    <message>
        <source>Add to calendar?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save an invitation (.ics) your calendar opens?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen a lead before qualifying it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no open lead to assign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualifyDialog</name>
    <message>
        <source>Mark qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which of your qualification criteria does this lead meet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s (no longer one of your criteria)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick to forget it for this lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no qualification criteria yet; define them in Settings › Follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can mark the lead qualified anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All criteria are met.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCard</name>
    <message>
        <source>%s: numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %s as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <source>No leads in this period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Leads per week, by action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel: New → Contacted → Qualified → Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response within the SLA, per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to the first response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts needed before a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No first response was due in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead was answered or overdue in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead has replied in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s leads in %s weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won %s of new leads; %s do-not-contact leads left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not contact (left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s answered within the first-response time overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median %s; green: within a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s closed without a reply, %s of them before the %d planned attempts were made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s attempt(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied, in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed without a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… before the cadence was spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s leads; %s outside the top %d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates as in the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 13 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 26 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 52 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source as in the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox&apos;s other filters too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count only the leads the inbox&apos;s action, country, owner, test-lead and do-not-contact filters let through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer as in the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads from %s to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads of all dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offer %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test leads hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test leads included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do-not-contact customers hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Weeks start on Monday (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reports could not be counted: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <source>LeadInbox – Reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleCallDialog</name>
    <message>
        <source>Plan a call – %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda, dial-in, who joins (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting with %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call with %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time has already passed: pick a later one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ ↓ or J K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move through the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ ←</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand / collapse a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the customer (expand and show details)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurturing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed – no response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test lead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesEditor</name>
    <message>
        <source>Contact me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get it now / free trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure portal create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up for attempt 2, 3, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s first name (else their full name, or “there”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s company (“your team” without one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offer the lead came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your signature (your name without one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s (edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A brace { or } is not closed: the email would be sent exactly as written, without the placeholders filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown placeholder: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown placeholders: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of the placeholders above; the preview shows what would be sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact me</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>Due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs first reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurturing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewsPanel</name>
    <message>
        <source>Your saved view. Delete removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete view “%s”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>save_invitation</name>
    <message>
        <source>Save calendar invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar invitation (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
