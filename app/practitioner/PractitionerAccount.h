// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace bk {

/// What a practitioner may do in the practice (README, "Who may do what"): an owner everything; a
/// practitioner their own and shared clients; an administrator technical work without any client content.
enum class PracticeRole { Owner, Practitioner, Administrator };

/// Keys and wording of the practice roles.
class PracticeRoles {
    Q_DECLARE_TR_FUNCTIONS(PracticeRoles)
public:
    static QList<PracticeRole> all();
    /// Stable keys stored in the database and used on the command line: "owner", "practitioner",
    /// "administrator".
    static QString key(PracticeRole role);
    static std::optional<PracticeRole> fromKey(const QString &key);
    static QString label(PracticeRole role);
    /// The role as a word within a sentence ("anna is now owner"): its own translation, since not every
    /// language writes it in lower case (German nouns keep their capital).
    static QString inSentence(PracticeRole role);
};

/// Someone who works in the practice. On a practice server each signs in as their own PostgreSQL role (the
/// login); on a file the one practitioner is the computer's user.
struct PractitionerAccount {
    qint64 id = 0; ///< 0: nobody (a row written by a role that is not a practitioner of the practice)
    QString login;
    QString displayName;
    PracticeRole role = PracticeRole::Practitioner;
    bool active = true;
    QDateTime createdAt; ///< UTC

    /// "Anna Berg (anna)", or the login alone when the name is the login or empty; empty for nobody.
    QString shownName() const;
    /// An active owner or practitioner: someone who can be responsible for clients or have them shared.
    bool worksWithClients() const { return id > 0 && active && role != PracticeRole::Administrator; }
};

/// Who is responsible for a client or an incident's client, who created the record and who changed it last.
struct RecordAuthors {
    PractitionerAccount responsible;
    PractitionerAccount createdBy;
    PractitionerAccount changedBy;
};

} // namespace bk
