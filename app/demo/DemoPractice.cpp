// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "DemoPractice.h"

#include "common/Clock.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/MetaRepository.h"

#include <QFile>

namespace bk::DemoPractice {

namespace {

const QString EditionKey = QStringLiteral("demo_edition");

struct DemoClient {
    const char *fullName;
    const char *preferredName;
    const char *email;
    const char *phone;
    ContactChannel channel;
    ClientStatus status;
    int startedDaysAgo; ///< negative: starts in the future; 0 with prospects: no start date yet
    const char *notes;
};

// A coaching and personal-training practice: clients at every stage of the relationship.
const DemoClient Clients[] = {
    {"Amelia Hartley", "Amy", "amelia.hartley@example.com", "+44 7700 900123", ContactChannel::Email,
     ClientStatus::Active, 240, "Career transition coaching, fortnightly sessions."},
    {"Daniel Okafor", "", "d.okafor@example.net", "+44 7700 900456", ContactChannel::Phone,
     ClientStatus::Active, 410, "Strength training three times a week; prefers early mornings."},
    {"Sofia Marquez", "", "sofia.marquez@example.org", "+34 600 123 456", ContactChannel::VideoCall,
     ClientStatus::Active, 95, "Leadership coaching over video; lives in Madrid."},
    {"Kenji Watanabe", "Ken", "kenji.w@example.com", "", ContactChannel::Email, ClientStatus::Paused, 300,
     "Paused for parental leave; check in next quarter."},
    {"Grace O'Neill", "", "grace.oneill@example.ie", "+353 85 555 0199", ContactChannel::TextMessage,
     ClientStatus::Onboarding, 3, "First meeting booked; agreement still to be signed."},
    {"Lukas Becker", "", "lukas.becker@example.de", "+49 151 2345678", ContactChannel::Email,
     ClientStatus::Active, 180, "Tutoring in statistics before exams."},
    {"Priya Natarajan", "", "priya.n@example.com", "+1 (415) 555-0142", ContactChannel::VideoCall,
     ClientStatus::Active, 60, "Business coaching for a new studio opening."},
    {"Tomás Novák", "Tom", "tomas.novak@example.cz", "+420 601 234 567", ContactChannel::InPerson,
     ClientStatus::Closed, 720, "Engagement ended by mutual agreement after goals were met."},
    {"Hannah Lindqvist", "", "hannah.lindqvist@example.se", "+46 70 123 45 67", ContactChannel::MessagingApp,
     ClientStatus::Active, 30, "Nutrition and habit coaching."},
    {"Oluwaseun Adeyemi", "Seun", "seun.adeyemi@example.com", "+44 7700 900789", ContactChannel::Phone,
     ClientStatus::Prospect, 0, "Enquiry through a referral; introductory call pending."},
    {"Marie Dubois", "", "marie.dubois@example.fr", "+33 6 12 34 56 78", ContactChannel::Email,
     ClientStatus::Onboarding, -7, "Starts next week; wants sessions in French where possible."},
    {"Rafael Costa", "", "rafael.costa@example.br", "+55 11 91234 5678", ContactChannel::VideoCall,
     ClientStatus::Active, 150, "Consulting on a product launch; time zone UTC-3."},
};

} // namespace

Status populate(const Database &database) {
    const ClientRepository clients(database);
    const QDate today = Clock::todayLocal();
    return database.transaction([&]() -> Status {
        for (const DemoClient &demo : Clients) {
            Client client;
            client.fullName = QString::fromUtf8(demo.fullName);
            client.preferredName = QString::fromUtf8(demo.preferredName);
            client.email = QString::fromUtf8(demo.email);
            client.phone = QString::fromUtf8(demo.phone);
            client.preferredChannel = demo.channel;
            client.status = demo.status;
            if (demo.status != ClientStatus::Prospect)
                client.startDate = today.addDays(-demo.startedDaysAgo);
            client.notes = QString::fromUtf8(demo.notes);
            if (Result<qint64> added = clients.add(client); !added)
                return added.error();
        }
        return MetaRepository(database).setValue(EditionKey, QString::number(Edition));
    });
}

Result<std::unique_ptr<Database>> open(const QString &path) {
    if (QFile::exists(path)) {
        Result<std::unique_ptr<Database>> existing = Database::open(path);
        if (existing.ok()) {
            const Result<QString> edition = MetaRepository(*existing.value()).value(EditionKey);
            if ((edition.ok() && edition.value() == QString::number(Edition)) ||
                existing.value()->isReadOnly())
                return existing;
        }
        // An older or damaged demo: the demo file holds nothing of the user's, so it is made afresh.
    }
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    Result<std::unique_ptr<Database>> created = Database::open(path);
    if (!created.ok())
        return created;
    if (Status filled = populate(*created.value()); !filled)
        return filled.error();
    return created;
}

} // namespace bk::DemoPractice
