<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuditCommands</name>
    <message numerus="yes">
        <source>Intact: %n event(s) chained, </source>
        <translation>
            <numerusform>Intact: %n event chained, </numerusform>
            <numerusform>Intact: %n events chained, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) as the trail last recorded them, </source>
        <translation>
            <numerusform>%n record as the trail last recorded them, </numerusform>
            <numerusform>%n records as the trail last recorded them, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n noted head(s) held.</source>
        <translation>
            <numerusform>%n noted head held.</numerusform>
            <numerusform>%n noted heads held.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The records are intact: %n event(s) of the audit trail are chained, and every record is as the trail last recorded it.</source>
        <translation>
            <numerusform>The records are intact: %n event of the audit trail are chained, and every record is as the trail last recorded it.</numerusform>
            <numerusform>The records are intact: %n events of the audit trail are chained, and every record is as the trail last recorded it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AvailabilityCommands</name>
    <message numerus="yes">
        <source>Moved %n follow-up(s) out of the period; each keeps its original date in the record.</source>
        <translation>
            <numerusform>Moved %n follow-up out of the period; each keeps its original date in the record.</numerusform>
            <numerusform>Moved %n follow-ups out of the period; each keeps its original date in the record.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n notice(s) as sent.</source>
        <translation>
            <numerusform>Recorded %n notice as sent.</numerusform>
            <numerusform>Recorded %n notices as sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientCommands</name>
    <message numerus="yes">
        <source>Client %1, %2, has %n signed agreement(s) or contract(s). A signed agreement may have to be retained (professional bodies commonly advise about seven years): give --keep-agreements to keep them as signed, or --remove-agreements to remove them with the rest.</source>
        <translation>
            <numerusform>Client %1, %2, has %n signed agreement or contract(s). A signed agreement may have to be retained (professional bodies commonly advise about seven years): give --keep-agreements to keep them as signed, or --remove-agreements to remove them with the rest.</numerusform>
            <numerusform>Client %1, %2, has %n signed agreements or contract(s). A signed agreement may have to be retained (professional bodies commonly advise about seven years): give --keep-agreements to keep them as signed, or --remove-agreements to remove them with the rest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased the personal data of client %1, %2, and the free text of %n incident(s).</source>
        <translation>
            <numerusform>Erased the personal data of client %1, %2, and the free text of %n incident.</numerusform>
            <numerusform>Erased the personal data of client %1, %2, and the free text of %n incidents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n signed agreement(s) and contract(s).</source>
        <translation>
            <numerusform>Removed %n signed agreement and contract(s).</numerusform>
            <numerusform>Removed %n signed agreements and contract(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n signed agreement(s) and contract(s) as signed.</source>
        <translation>
            <numerusform>Kept %n signed agreement and contract(s) as signed.</numerusform>
            <numerusform>Kept %n signed agreements and contract(s) as signed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed document(s)</source>
        <translation>
            <numerusform>%n signed document</numerusform>
            <numerusform>%n signed documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContractService</name>
    <message numerus="yes">
        <source>This contract follows these incidents:</source>
        <translation>
            <numerusform>This contract follows this incident:</numerusform>
            <numerusform>This contract follows these incidents:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardCommands</name>
    <message numerus="yes">
        <source>%Ln incident(s), %1 per active client per 30 days</source>
        <translation>
            <numerusform>%Ln incident, %1 per active client per 30 days</numerusform>
            <numerusform>%Ln incidents, %1 per active client per 30 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) (id %1)</source>
        <translation>
            <numerusform>%Ln incident (id %1)</numerusform>
            <numerusform>%Ln incidents (id %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %Ln incident(s) whose 24 hours are over</source>
        <translation>
            <numerusform>%1 of the %Ln incident whose 24 hours are over</numerusform>
            <numerusform>%1 of the %Ln incidents whose 24 hours are over</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) still within their first 24 hours, not counted yet</source>
        <translation>
            <numerusform>%Ln incident still within its first 24 hours, not counted yet</numerusform>
            <numerusform>%Ln incidents still within their first 24 hours, not counted yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s), %1 per active client per 30 days, scaled over the %2 days so far</source>
        <translation>
            <numerusform>%Ln incident, %1 per active client per 30 days, scaled over the %2 days so far</numerusform>
            <numerusform>%Ln incidents, %1 per active client per 30 days, scaled over the %2 days so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %Ln month(s) over</source>
        <translation>
            <numerusform>%1 of the %Ln month over</numerusform>
            <numerusform>%1 of the %Ln months over</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardReport</name>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln incident</numerusform>
            <numerusform>%Ln incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln active client(s)</source>
        <translation>
            <numerusform>%Ln active client</numerusform>
            <numerusform>%Ln active clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (so far: %Ln day(s))</source>
        <translation>
            <numerusform>%1 (so far: %Ln day)</numerusform>
            <numerusform>%1 (so far: %Ln days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln own lapse(s)</source>
        <translation>
            <numerusform>%Ln own lapse</numerusform>
            <numerusform>%Ln own lapses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message numerus="yes">
        <source>%1 has %n record(s) that refer to records that are missing (%2), so it was not opened and was left as it is. Another program changed it without keeping its records together; open an earlier copy of it if you have one.</source>
        <translation>
            <numerusform>%1 has %n record that refers to a record that is missing (%2), so it was not opened and was left as it is. Another program changed it without keeping its records together; open an earlier copy of it if you have one.</numerusform>
            <numerusform>%1 has %n records that refer to records that are missing (%2), so it was not opened and was left as it is. Another program changed it without keeping its records together; open an earlier copy of it if you have one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpCommands</name>
    <message numerus="yes">
        <source>Wrote %n follow-up(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n follow-up to %1.</numerusform>
            <numerusform>Wrote %n follow-ups to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportOutcome</name>
    <message numerus="yes">
        <source>Imported %n client(s), updated %1, skipped %2, rejected %3.</source>
        <translation>
            <numerusform>Imported %n client, updated %1, skipped %2, rejected %3.</numerusform>
            <numerusform>Imported %n clients, updated %1, skipped %2, rejected %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PolicyCommands</name>
    <message numerus="yes">
        <source>Consequence ladder (%n step(s))</source>
        <translation>
            <numerusform>Consequence ladder (%n step)</numerusform>
            <numerusform>Consequence ladder (%n steps)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) acknowledged an older version and now need to acknowledge this one.</source>
        <translation>
            <numerusform>%n client acknowledged an older version and now needs to acknowledge this one.</numerusform>
            <numerusform>%n clients acknowledged an older version and now need to acknowledge this one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PracticeCopy</name>
    <message numerus="yes">
        <source>The practice at %1 is not empty (%2 holds %n row(s)); nothing was copied. Copy into a new, empty database.</source>
        <translation>
            <numerusform>The practice at %1 is not empty (%2 holds %n row); nothing was copied. Copy into a new, empty database.</numerusform>
            <numerusform>The practice at %1 is not empty (%2 holds %n rows); nothing was copied. Copy into a new, empty database.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PracticeExport</name>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PractitionerService</name>
    <message numerus="yes">
        <source>%1 is still responsible for %n client(s): hand them over first, or choose who takes them over.</source>
        <translation>
            <numerusform>%1 is still responsible for %n client: hand them over first, or choose who takes them over.</numerusform>
            <numerusform>%1 is still responsible for %n clients: hand them over first, or choose who takes them over.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecurrenceRules</name>
    <message numerus="yes">
        <source>%n incidents within %1 days.</source>
        <translation>
            <numerusform>%n incident within %1 days.</numerusform>
            <numerusform>%n incidents within %1 days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReflectCommands</name>
    <message numerus="yes">
        <source>Wrote your reflection (%n month(s) reflected on, %1 disclosure check(s)) to %2.</source>
        <translation>
            <numerusform>Wrote your reflection (%n month reflected on, %1 disclosure check(s)) to %2.</numerusform>
            <numerusform>Wrote your reflection (%n months reflected on, %1 disclosure check(s)) to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReflectionReport</name>
    <message numerus="yes">
        <source>%1 (%Ln incident(s))</source>
        <translation>
            <numerusform>%1 (%Ln incident)</numerusform>
            <numerusform>%1 (%Ln incidents)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bk::AvailabilityDialog</name>
    <message numerus="yes">
        <source>The clients affected: %Ln</source>
        <translation>
            <numerusform>The clients affected: %Ln</numerusform>
            <numerusform>The clients affected: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Move %Ln follow-up(s) to the day after</source>
        <translation>
            <numerusform>&amp;Move %Ln follow-up to the day after</numerusform>
            <numerusform>&amp;Move %Ln follow-ups to the day after</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bk::BoundariesStepPage</name>
    <message numerus="yes">
        <source>No boundary was added or changed. The %n boundaries were discussed when version %1 was signed and are recorded as discussed.</source>
        <translation>
            <numerusform>No boundary was added or changed. The %n boundary was discussed when version %1 was signed and is recorded as discussed.</numerusform>
            <numerusform>No boundary was added or changed. The %n boundaries were discussed when version %1 was signed and are recorded as discussed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n boundaries that did not change were discussed when version %1 was signed and are recorded as discussed.</source>
        <translation>
            <numerusform>The %n boundary that did not change was discussed when version %1 was signed and is recorded as discussed.</numerusform>
            <numerusform>The %n boundaries that did not change were discussed when version %1 was signed and are recorded as discussed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bk::ClientsPage</name>
    <message numerus="yes">
        <source>Everything held about %1 is in %2: report.html to read or print, data.json for programs, and %n signed PDF(s).</source>
        <translation>
            <numerusform>Everything held about %1 is in %2: report.html to read or print, data.json for programs, and %n signed PDF.</numerusform>
            <numerusform>Everything held about %1 is in %2: report.html to read or print, data.json for programs, and %n signed PDFs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bk::DashboardPage</name>
    <message numerus="yes">
        <source>%1 — %Ln incident(s)</source>
        <translation>
            <numerusform>%1 — %Ln incident</numerusform>
            <numerusform>%1 — %Ln incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A conversation recorded within 24 hours of the incident, counted over the %n client incident(s) of the period whose 24 hours are over.</source>
        <translation>
            <numerusform>A conversation recorded within 24 hours of the incident, counted over the %n client incident of the period whose 24 hours are over.</numerusform>
            <numerusform>A conversation recorded within 24 hours of the incident, counted over the %n client incidents of the period whose 24 hours are over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) still within their first 24 hours are not counted yet.</source>
        <translation>
            <numerusform>%n incident still within its first 24 hours is not counted yet.</numerusform>
            <numerusform>%n incidents still within their first 24 hours are not counted yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is not over: its rate is scaled over the %Ln day(s) so far.</source>
        <translation>
            <numerusform>%1 is not over: its rate is scaled over the %Ln day so far.</numerusform>
            <numerusform>%1 is not over: its rate is scaled over the %Ln days so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %Ln month(s) of the period that are over.</source>
        <translation>
            <numerusform>%1 of the %Ln month of the period that are over.</numerusform>
            <numerusform>%1 of the %Ln months of the period that are over.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bk::EraseClientDialog</name>
    <message numerus="yes">
        <source>Erase the personal data of %1? Their name, email, phone and notes go, and so does the text written in %n incident(s) about them: descriptions, outcomes, step notes, goals and follow-up notes. The incidents stay, anonymised, so the dashboard&apos;s counts stay as they are. This cannot be undone.</source>
        <translation>
            <numerusform>Erase the personal data of %1? Their name, email, phone and notes go, and so does the text written in %n incident about them: descriptions, outcomes, step notes, goals and follow-up notes. The incidents stay, anonymised, so the dashboard&apos;s counts stay as they are. This cannot be undone.</numerusform>
            <numerusform>Erase the personal data of %1? Their name, email, phone and notes go, and so does the text written in %n incidents about them: descriptions, outcomes, step notes, goals and follow-up notes. The incidents stay, anonymised, so the dashboard&apos;s counts stay as they are. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n signed agreement(s) or contract(s). A signed agreement may have to be retained: professional bodies commonly advise keeping records for around seven years. Choose what happens to them:</source>
        <translation>
            <numerusform>%1 has %n signed agreement or contract(s). A signed agreement may have to be retained: professional bodies commonly advise keeping records for around seven years. Choose what happens to them:</numerusform>
            <numerusform>%1 has %n signed agreements or contract(s). A signed agreement may have to be retained: professional bodies commonly advise keeping records for around seven years. Choose what happens to them:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bk::FollowUpNotifier</name>
    <message numerus="yes">
        <source>%Ln follow-up(s) due today</source>
        <translation>
            <numerusform>A follow-up is due today</numerusform>
            <numerusform>%Ln follow-ups are due today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bk::FollowUpsPanel</name>
    <message numerus="yes">
        <source>%1, %n day(s) ago</source>
        <translation>
            <numerusform>%1, %n day ago</numerusform>
            <numerusform>%1, %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, in %n day(s)</source>
        <translation>
            <numerusform>%1, in %n day</numerusform>
            <numerusform>%1, in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bk::GoalsStepWidget</name>
    <message numerus="yes">
        <source>%n goal(s) recorded with their follow-up dates.</source>
        <translation>
            <numerusform>%n goal recorded with its follow-up date.</numerusform>
            <numerusform>%n goals recorded with their follow-up dates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bk::HeatMapTableModel</name>
    <message numerus="yes">
        <source>%1, %2:00–%3:00: %Ln incident(s)%4</source>
        <translation>
            <numerusform>%1, %2:00–%3:00: %Ln incident%4</numerusform>
            <numerusform>%1, %2:00–%3:00: %Ln incidents%4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bk::IncidentsPage</name>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln incident</numerusform>
            <numerusform>%Ln incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) exported to %1.</source>
        <translation>
            <numerusform>%n follow-up exported to %1.</numerusform>
            <numerusform>%n follow-ups exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln incident(s)</source>
        <translation>
            <numerusform>%1 of %Ln incident</numerusform>
            <numerusform>%1 of %Ln incidents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bk::MainWindow</name>
    <message numerus="yes">
        <source>%Ln clients</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) overdue</source>
        <translation>
            <numerusform>%Ln follow-up is overdue</numerusform>
            <numerusform>%Ln follow-ups are overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) due today</source>
        <translation>
            <numerusform>%Ln follow-up is due today</numerusform>
            <numerusform>%Ln follow-ups are due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln follow-up(s) still fall in it.</source>
        <translation>
            <numerusform>%1: %Ln follow-up still fall in it.</numerusform>
            <numerusform>%1: %Ln follow-ups still fall in it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bk::MonthlyReflectionDialog</name>
    <message numerus="yes">
        <source>Your own lapses: %n</source>
        <translation>
            <numerusform>Your own lapses: %n</numerusform>
            <numerusform>Your own lapses: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contacts you initiated outside working hours: %n</source>
        <translation>
            <numerusform>Contacts you initiated outside working hours: %n</numerusform>
            <numerusform>Contacts you initiated outside working hours: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clients with repeated incidents: %n</source>
        <translation>
            <numerusform>Clients with repeated incidents: %n</numerusform>
            <numerusform>Clients with repeated incidents: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln incident(s))</source>
        <translation>
            <numerusform>%1 (%Ln incident)</numerusform>
            <numerusform>%1 (%Ln incidents)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bk::PractitionersDialog</name>
    <message numerus="yes">
        <source>%1 is responsible for %n client(s), and there is nobody else to take them over. Add a practitioner first.</source>
        <translation>
            <numerusform>%1 is responsible for %n client, and there is nobody else to take them over. Add a practitioner first.</numerusform>
            <numerusform>%1 is responsible for %n clients, and there is nobody else to take them over. Add a practitioner first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is responsible for %n client(s). Who takes them over?</source>
        <translation>
            <numerusform>%1 is responsible for %n client. Who takes them over?</numerusform>
            <numerusform>%1 is responsible for %n clients. Who takes them over?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bk::ResourceStepWidget</name>
    <message numerus="yes">
        <source>%n resource(s) recorded as provided.</source>
        <translation>
            <numerusform>%n resource recorded as provided.</numerusform>
            <numerusform>%n resources recorded as provided.</numerusform>
        </translation>
    </message>
</context>
</TS>
