// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/common/ContactChannel.h"

#include "app/common/DocumentLanguage.h"

#include <QCoreApplication>

namespace bk::ContactChannels {

QList<ContactChannel> all() {
    return {ContactChannel::InPerson,    ContactChannel::Phone,     ContactChannel::TextMessage,
            ContactChannel::Email,       ContactChannel::VideoCall, ContactChannel::MessagingApp,
            ContactChannel::SocialMedia, ContactChannel::Other};
}

QString key(ContactChannel channel) {
    switch (channel) {
    case ContactChannel::InPerson:
        return QStringLiteral("in_person");
    case ContactChannel::Phone:
        return QStringLiteral("phone");
    case ContactChannel::TextMessage:
        return QStringLiteral("text_message");
    case ContactChannel::Email:
        return QStringLiteral("email");
    case ContactChannel::VideoCall:
        return QStringLiteral("video_call");
    case ContactChannel::MessagingApp:
        return QStringLiteral("messaging_app");
    case ContactChannel::SocialMedia:
        return QStringLiteral("social_media");
    case ContactChannel::Other:
        return QStringLiteral("other");
    }
    return {};
}

std::optional<ContactChannel> fromKey(const QString &text) {
    for (ContactChannel channel : all()) {
        if (key(channel) == text)
            return channel;
    }
    return std::nullopt;
}

namespace {

// The English label; both label() overloads look it up under "ContactChannel".
const char *labelSource(ContactChannel channel) {
    switch (channel) {
    case ContactChannel::InPerson:
        return QT_TRANSLATE_NOOP("ContactChannel", "In person");
    case ContactChannel::Phone:
        return QT_TRANSLATE_NOOP("ContactChannel", "Phone");
    case ContactChannel::TextMessage:
        return QT_TRANSLATE_NOOP("ContactChannel", "Text message");
    case ContactChannel::Email:
        return QT_TRANSLATE_NOOP("ContactChannel", "Email");
    case ContactChannel::VideoCall:
        return QT_TRANSLATE_NOOP("ContactChannel", "Video call");
    case ContactChannel::MessagingApp:
        return QT_TRANSLATE_NOOP("ContactChannel", "Messaging app");
    case ContactChannel::SocialMedia:
        return QT_TRANSLATE_NOOP("ContactChannel", "Social media");
    case ContactChannel::Other:
        return QT_TRANSLATE_NOOP("ContactChannel", "Other");
    }
    return "";
}

} // namespace

QString label(ContactChannel channel) {
    return QCoreApplication::translate("ContactChannel", labelSource(channel));
}

QString label(ContactChannel channel, const DocumentLanguage &language) {
    return language.text("ContactChannel", labelSource(channel));
}

QString reachPhrase(ContactChannel channel) {
    switch (channel) {
    case ContactChannel::InPerson:
        return QCoreApplication::translate("ContactChannelInSentence", "in person");
    case ContactChannel::Phone:
        return QCoreApplication::translate("ContactChannelInSentence", "by phone");
    case ContactChannel::TextMessage:
        return QCoreApplication::translate("ContactChannelInSentence", "by text message");
    case ContactChannel::Email:
        return QCoreApplication::translate("ContactChannelInSentence", "by email");
    case ContactChannel::VideoCall:
        return QCoreApplication::translate("ContactChannelInSentence", "by video call");
    case ContactChannel::MessagingApp:
        return QCoreApplication::translate("ContactChannelInSentence", "through a messaging app");
    case ContactChannel::SocialMedia:
        return QCoreApplication::translate("ContactChannelInSentence", "on social media");
    case ContactChannel::Other:
        return QCoreApplication::translate("ContactChannelInSentence", "in another agreed way");
    }
    return {};
}

} // namespace bk::ContactChannels
