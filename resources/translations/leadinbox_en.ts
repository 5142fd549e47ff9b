<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AttemptDialog</name>
    <message numerus="yes">
        <source>%Ln customer(s) without a phone number left out.</source>
        <translation>
            <numerusform>%Ln customer without a phone number left out.</numerusform>
            <numerusform>%Ln customers without a phone number left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) without an email address left out.</source>
        <translation>
            <numerusform>%Ln customer without an email address left out.</numerusform>
            <numerusform>%Ln customers without an email address left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Log attempt – %Ln customer(s)</source>
        <translation>
            <numerusform>Log attempt – %Ln customer</numerusform>
            <numerusform>Log attempt – %Ln customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BacklogController</name>
    <message numerus="yes">
        <source>%1 (%Ln customers)</source>
        <translation>
            <numerusform>%1 (%Ln customers)</numerusform>
            <numerusform>%1 (%Ln customers)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message numerus="yes">
        <source>Mark %Ln customer(s) as Do not contact? LeadInbox will then refuse to email, call or plan attempts for them (Ctrl+Z undoes it).</source>
        <translation>
            <numerusform>Mark %Ln customer as Do not contact? LeadInbox will then refuse to email, call or plan attempts for them (Ctrl+Z undoes it).</numerusform>
            <numerusform>Mark %Ln customers as Do not contact? LeadInbox will then refuse to email, call or plan attempts for them (Ctrl+Z undoes it).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln customer(s) changed</source>
        <translation>
            <numerusform>%1: %Ln customer changed</numerusform>
            <numerusform>%1: %Ln customers changed</numerusform>
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
            <numerusform>%Ln no longer in LeadInbox</numerusform>
            <numerusform>%Ln no longer in LeadInbox</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without an open lead</source>
        <translation>
            <numerusform>%Ln without an open lead</numerusform>
            <numerusform>%Ln without an open lead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with nothing closed to reopen</source>
        <translation>
            <numerusform>%Ln with nothing closed to reopen</numerusform>
            <numerusform>%Ln with nothing closed to reopen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already so</source>
        <translation>
            <numerusform>%Ln already so</numerusform>
            <numerusform>%Ln already so</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln do not contact</source>
        <translation>
            <numerusform>%Ln do not contact</numerusform>
            <numerusform>%Ln do not contact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln do not contact (from the marketplace)</source>
        <translation>
            <numerusform>%Ln do not contact (from the marketplace)</numerusform>
            <numerusform>%Ln do not contact (from the marketplace)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected customer(s) left out: %1.</source>
        <translation>
            <numerusform>%Ln selected customer left out: %1.</numerusform>
            <numerusform>%Ln selected customers left out: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closed %Ln lead(s) as handled before LeadInbox</source>
        <translation>
            <numerusform>Closed %Ln lead as handled before LeadInbox</numerusform>
            <numerusform>Closed %Ln leads as handled before LeadInbox</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restarted the first-response clock of %Ln lead(s)</source>
        <translation>
            <numerusform>Restarted the first-response clock of %Ln lead</numerusform>
            <numerusform>Restarted the first-response clock of %Ln leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln customer(s)). Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>(%Ln customer). Ctrl+Z undoes it.</numerusform>
            <numerusform>(%Ln customers). Ctrl+Z undoes it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag for %Ln customer(s):</source>
        <translation>
            <numerusform>Tag for %Ln customer:</numerusform>
            <numerusform>Tag for %Ln customers:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged %Ln customer(s) “%1”.</source>
        <translation>
            <numerusform>Tagged %Ln customer “%1”.</numerusform>
            <numerusform>Tagged %Ln customers “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message numerus="yes">
        <source>%Ln customer(s) of %1</source>
        <translation>
            <numerusform>%Ln customer of %1</numerusform>
            <numerusform>%Ln customers of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message numerus="yes">
        <source>%Ln attempt(s), the last on %1</source>
        <translation>
            <numerusform>%Ln attempt, the last on %1</numerusform>
            <numerusform>%Ln attempts, the last on %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Due</name>
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
            <numerusform>%Ln h</numerusform>
            <numerusform>%Ln h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln d</source>
        <translation>
            <numerusform>%Ln d</numerusform>
            <numerusform>%Ln d</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message numerus="yes">
        <source>%Ln lead(s), with the rows they were imported from</source>
        <translation>
            <numerusform>%Ln lead, with the rows they were imported from</numerusform>
            <numerusform>%Ln leads, with the rows they were imported from</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attempt(s)</source>
        <translation>
            <numerusform>%Ln attempt</numerusform>
            <numerusform>%Ln attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln planned call(s)</source>
        <translation>
            <numerusform>%Ln planned call</numerusform>
            <numerusform>%Ln planned calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln status change(s), and their entry in the search</source>
        <translation>
            <numerusform>%Ln status change, and their entry in the search</numerusform>
            <numerusform>%Ln status changes, and their entry in the search</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>their copies in %Ln backup(s) in the data folder</source>
        <translation>
            <numerusform>their copies in %Ln backup in the data folder</numerusform>
            <numerusform>their copies in %Ln backups in the data folder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>The current view: %Ln lead(s)</source>
        <translation>
            <numerusform>The current view: %Ln lead</numerusform>
            <numerusform>The current view: %Ln leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The selected rows: %Ln lead(s)</source>
        <translation>
            <numerusform>The selected rows: %Ln lead</numerusform>
            <numerusform>The selected rows: %Ln leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln lead(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln lead to %1.</numerusform>
            <numerusform>Exported %Ln leads to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message numerus="yes">
        <source>%Ln more in All – &lt;a href=&apos;all&apos;&gt;show them&lt;/a&gt; (Alt+A)</source>
        <translation>
            <numerusform>%Ln more in All – &lt;a href=&apos;all&apos;&gt;show them&lt;/a&gt; (Alt+A)</numerusform>
            <numerusform>%Ln more in All – &lt;a href=&apos;all&apos;&gt;show them&lt;/a&gt; (Alt+A)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message numerus="yes">
        <source>%1 for %Ln customer(s)</source>
        <translation>
            <numerusform>%1 for %Ln customer</numerusform>
            <numerusform>%1 for %Ln customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpActions</name>
    <message numerus="yes">
        <source>Attempt logged on %Ln lead(s).</source>
        <translation>
            <numerusform>Attempt logged on %Ln lead.</numerusform>
            <numerusform>Attempt logged on %Ln leads.</numerusform>
        </translation>
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
            <numerusform>%Ln do-not-contact customer left out.</numerusform>
            <numerusform>%Ln do-not-contact customers left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) without an open lead left out.</source>
        <translation>
            <numerusform>%Ln customer without an open lead left out.</numerusform>
            <numerusform>%Ln customers without an open lead left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln do not contact</source>
        <translation>
            <numerusform>%Ln do not contact</numerusform>
            <numerusform>%Ln do not contact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without an open lead</source>
        <translation>
            <numerusform>%Ln without an open lead</numerusform>
            <numerusform>%Ln without an open lead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without a phone number</source>
        <translation>
            <numerusform>%Ln without a phone number</numerusform>
            <numerusform>%Ln without a phone number</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without an email address</source>
        <translation>
            <numerusform>%Ln without an email address</numerusform>
            <numerusform>%Ln without an email address</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not ticked</source>
        <translation>
            <numerusform>%Ln not ticked</numerusform>
            <numerusform>%Ln not ticked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected customer(s) left out: %1.</source>
        <translation>
            <numerusform>%Ln selected customer left out: %1.</numerusform>
            <numerusform>%Ln selected customers left out: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Log attempt for %Ln customer(s)</source>
        <translation>
            <numerusform>Log attempt for %Ln customer</numerusform>
            <numerusform>Log attempt for %Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attempt logged for %Ln customer(s).</source>
        <translation>
            <numerusform>Attempt logged for %Ln customer.</numerusform>
            <numerusform>Attempt logged for %Ln customers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reply recorded on %Ln lead(s).</source>
        <translation>
            <numerusform>Reply recorded on %Ln lead.</numerusform>
            <numerusform>Reply recorded on %Ln leads.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln lead(s) to %1.</source>
        <translation>
            <numerusform>Moved %Ln lead to %1.</numerusform>
            <numerusform>Moved %Ln leads to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpBar</name>
    <message numerus="yes">
        <source>%Ln customers selected: Status, Log attempt and Plan call act on all of them.</source>
        <translation>
            <numerusform>%Ln customers selected: Status, Log attempt and Plan call act on all of them.</numerusform>
            <numerusform>%Ln customers selected: Status, Log attempt and Plan call act on all of them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpController</name>
    <message numerus="yes">
        <source>%1 (%Ln customers)</source>
        <translation>
            <numerusform>%1 (%Ln customers)</numerusform>
            <numerusform>%1 (%Ln customers)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message numerus="yes">
        <source>%Ln of its leads have been worked on since you were asked; nothing was removed. Choose Undo again to see whose work would be lost.</source>
        <translation>
            <numerusform>%Ln of its leads has been worked on since you were asked; nothing was removed. Choose Undo again to see whose work would be lost.</numerusform>
            <numerusform>%Ln of its leads have been worked on since you were asked; nothing was removed. Choose Undo again to see whose work would be lost.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message numerus="yes">
        <source>Import of %1 undone: %Ln lead(s) removed.</source>
        <translation>
            <numerusform>Import of %1 undone: %Ln lead removed.</numerusform>
            <numerusform>Import of %1 undone: %Ln leads removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>All %Ln lead(s) of %1 were already in LeadInbox</source>
        <translation>
            <numerusform>The %Ln lead of %1 was already in LeadInbox</numerusform>
            <numerusform>All %Ln leads of %1 were already in LeadInbox</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln lead(s) of these files were already in LeadInbox</source>
        <translation>
            <numerusform>The %Ln lead of these files was already in LeadInbox</numerusform>
            <numerusform>All %Ln leads of these files were already in LeadInbox</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln new lead(s)</source>
        <translation>
            <numerusform>Imported %Ln new lead</numerusform>
            <numerusform>Imported %Ln new leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln new customer(s))</source>
        <translation>
            <numerusform> (%Ln new customer)</numerusform>
            <numerusform> (%Ln new customers)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln file(s) refused</source>
        <translation>
            <numerusform>; %Ln file refused</numerusform>
            <numerusform>; %Ln files refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln row(s) of erased people skipped</source>
        <translation>
            <numerusform>; %Ln row of erased people skipped</numerusform>
            <numerusform>; %Ln rows of erased people skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln lead(s) (%1) of %2 were already in LeadInbox</source>
        <translation>
            <numerusform>The %Ln lead (%1) of %2 was already in LeadInbox</numerusform>
            <numerusform>All %Ln leads (%1) of %2 were already in LeadInbox</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln lead(s) (%1) of these files were already in LeadInbox</source>
        <translation>
            <numerusform>The %Ln lead (%1) of these files was already in LeadInbox</numerusform>
            <numerusform>All %Ln leads (%1) of these files were already in LeadInbox</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected rows (%Ln):</source>
        <translation>
            <numerusform>Rejected rows (%Ln):</numerusform>
            <numerusform>Rejected rows (%Ln):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported with a warning (%Ln):</source>
        <translation>
            <numerusform>Imported with a warning (%Ln):</numerusform>
            <numerusform>Imported with a warning (%Ln):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message numerus="yes">
        <source>%Ln attempt(s); the last on %1</source>
        <translation>
            <numerusform>%Ln attempt; the last on %1</numerusform>
            <numerusform>%Ln attempts; the last on %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadSources</name>
    <message numerus="yes">
        <source>%Ln new lead(s)</source>
        <translation>
            <numerusform>%Ln new lead</numerusform>
            <numerusform>%Ln new leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailController</name>
    <message numerus="yes">
        <source>Log %Ln email(s)</source>
        <translation>
            <numerusform>Log %Ln email</numerusform>
            <numerusform>Log %Ln emails</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln email attempt(s) logged</source>
        <translation>
            <numerusform>%Ln email attempt logged</numerusform>
            <numerusform>%Ln email attempts logged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reply(s) logged</source>
        <translation>
            <numerusform>%Ln reply logged</numerusform>
            <numerusform>%Ln replies logged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already logged</source>
        <translation>
            <numerusform>%Ln already logged</numerusform>
            <numerusform>%Ln already logged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to a do-not-contact customer (marked, not logged)</source>
        <translation>
            <numerusform>%Ln to a do-not-contact customer (marked, not logged)</numerusform>
            <numerusform>%Ln to a do-not-contact customer (marked, not logged)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without a customer</source>
        <translation>
            <numerusform>%Ln without a customer</numerusform>
            <numerusform>%Ln without a customer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln logged</source>
        <translation>
            <numerusform>%Ln logged</numerusform>
            <numerusform>%Ln logged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanningMixin</name>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln customers</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plan call for %Ln customer(s)</source>
        <translation>
            <numerusform>Plan call for %Ln customer</numerusform>
            <numerusform>Plan call for %Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Calls planned for %Ln customer(s), one after the other.</source>
        <translation>
            <numerusform>Calls planned for %Ln customer, one after the other.</numerusform>
            <numerusform>Calls planned for %Ln customers, one after the other.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln do-not-contact customer(s) left out.</source>
        <translation>
            <numerusform>%Ln do-not-contact customer left out.</numerusform>
            <numerusform>%Ln do-not-contact customers left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign owner for %Ln customer(s)</source>
        <translation>
            <numerusform>Assign owner for %Ln customer</numerusform>
            <numerusform>Assign owner for %Ln customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message numerus="yes">
        <source>%Ln or more attempts</source>
        <translation>
            <numerusform>%Ln or more attempts</numerusform>
            <numerusform>%Ln or more attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attempt(s)</source>
        <translation>
            <numerusform>%Ln attempt</numerusform>
            <numerusform>%Ln attempts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyController</name>
    <message numerus="yes">
        <source>%Ln backup(s) could not be changed (damaged, read-only, or a full disk) and still hold this person. Fix that and run “leadinbox erase %1”, or delete them from %2.</source>
        <translation>
            <numerusform>%Ln backup could not be changed (damaged, read-only, or a full disk) and still hold this person. Fix that and run “leadinbox erase %1”, or delete them from %2.</numerusform>
            <numerusform>%Ln backups could not be changed (damaged, read-only, or a full disk) and still hold this person. Fix that and run “leadinbox erase %1”, or delete them from %2.</numerusform>
        </translation>
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
            <numerusform>%Ln attempt</numerusform>
            <numerusform>%Ln attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed from %Ln backup(s).</source>
        <translation>
            <numerusform>Removed from %Ln backup.</numerusform>
            <numerusform>Removed from %Ln backups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retention: erased %Ln lead(s) older than %1.</source>
        <translation>
            <numerusform>Retention: erased %Ln lead older than %1.</numerusform>
            <numerusform>Retention: erased %Ln leads older than %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln month</numerusform>
            <numerusform>%Ln months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartFromTodayDialog</name>
    <message numerus="yes">
        <source>Treat the unanswered leads of the %Ln selected customer(s) that are older than a number of days as handled. Nothing is deleted, and Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>Treat the unanswered leads of the %Ln selected customer that are older than a number of days as handled. Nothing is deleted, and Ctrl+Z undoes it.</numerusform>
            <numerusform>Treat the unanswered leads of the %Ln selected customers that are older than a number of days as handled. Nothing is deleted, and Ctrl+Z undoes it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unanswered lead(s) older than that,</source>
        <translation>
            <numerusform>%Ln unanswered lead older than that,</numerusform>
            <numerusform>%Ln unanswered leads older than that,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %Ln customer(s).</source>
        <translation>
            <numerusform>of %Ln customer.</numerusform>
            <numerusform>of %Ln customers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
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
            <numerusform>%Ln customer handed to %1</numerusform>
            <numerusform>%Ln customers handed to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You work %Ln customer(s) now</source>
        <translation>
            <numerusform>You work %Ln customer now</numerusform>
            <numerusform>You work %Ln customers now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) released</source>
        <translation>
            <numerusform>%Ln customer released</numerusform>
            <numerusform>%Ln customers released</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more not changed</source>
        <translation>
            <numerusform>%Ln more not changed</numerusform>
            <numerusform>%Ln more not changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Team: %Ln change(s) made at the same time on two desks; the later was kept (%1&apos;s)</source>
        <translation>
            <numerusform>Team: %Ln change made at the same time on two desks; the later was kept (%1&apos;s)</numerusform>
            <numerusform>Team: %Ln changes made at the same time on two desks; the later was kept (%1&apos;s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Team: %Ln change(s) not sent yet</source>
        <translation>
            <numerusform>Team: %Ln change not sent yet</numerusform>
            <numerusform>Team: %Ln changes not sent yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln change</numerusform>
            <numerusform>%Ln changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left the team. Everything stays on this desk; %Ln change(s) not sent were dropped.</source>
        <translation>
            <numerusform>Left the team. Everything stays on this desk; %Ln change not sent were dropped.</numerusform>
            <numerusform>Left the team. Everything stays on this desk; %Ln changes not sent were dropped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoConfirmation</name>
    <message numerus="yes">
        <source>Remove %Ln lead(s) and %1 added by %2?</source>
        <translation>
            <numerusform>Remove %Ln lead and %1 added by %2?</numerusform>
            <numerusform>Remove %Ln leads and %1 added by %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln lead(s) added by %1?</source>
        <translation>
            <numerusform>Remove %Ln lead added by %1?</numerusform>
            <numerusform>Remove %Ln leads added by %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have worked on %Ln of these leads since the import, for %1.</source>
        <translation>
            <numerusform>You have worked on %Ln of these leads since the import, for %1.</numerusform>
            <numerusform>You have worked on %Ln of these leads since the import, for %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln other customer(s)</source>
        <translation>
            <numerusform>%1 and %Ln other customer</numerusform>
            <numerusform>%1 and %Ln other customers</numerusform>
        </translation>
    </message>
</context>
</TS>
