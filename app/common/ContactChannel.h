// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace bk {

class DocumentLanguage;

/// The ways a practitioner and a client can reach each other.
enum class ContactChannel {
    InPerson,
    Phone,
    TextMessage,
    Email,
    VideoCall,
    MessagingApp,
    SocialMedia,
    Other
};

namespace ContactChannels {
QList<ContactChannel> all();
/// Stable key stored in the database and used on the command line, e.g. "text_message".
QString key(ContactChannel channel);
std::optional<ContactChannel> fromKey(const QString &key);
/// Translated label, e.g. "Text message".
QString label(ContactChannel channel);
/// The label in a document's language.
QString label(ContactChannel channel, const DocumentLanguage &language);
/// How to reach someone through `channel`, translated, to complete "You can reach me …": "by phone", "in
/// person", "through a messaging app". A list of them joins with QLocale::createSeparatedList().
QString reachPhrase(ContactChannel channel);
} // namespace ContactChannels

} // namespace bk
