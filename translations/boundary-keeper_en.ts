<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <name>bk::HeatMapWidget</name>
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
