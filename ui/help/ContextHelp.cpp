// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/help/ContextHelp.h"

#include "ui/help/HelpWindow.h"

#include <QApplication>
#include <QKeyEvent>
#include <QPointer>
#include <QVariant>

namespace bk::ContextHelp {

namespace {

constexpr auto TopicProperty = "bkHelpTopic";

int depth(const QWidget *widget) {
    int depth = 0;
    for (; widget; widget = widget->parentWidget())
        ++depth;
    return depth;
}

/// F1 pressed in any window of the application. Shortcuts of a window blocked by a modal dialog do not fire,
/// so the key itself is caught where it arrives.
class F1Filter : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *receiver, QEvent *event) override {
        if (event->type() != QEvent::KeyPress || !receiver->isWidgetType() ||
            !static_cast<QKeyEvent *>(event)->matches(QKeySequence::HelpContents))
            return false;
        QWidget *window = static_cast<QWidget *>(receiver)->window();
        if (qobject_cast<HelpWindow *>(window))
            return false;
        showFor(window);
        return true;
    }
};

} // namespace

void setTopic(QWidget *widget, HelpTopic topic) {
    widget->setProperty(TopicProperty, int(topic));
}

std::optional<HelpTopic> topicOf(const QWidget *widget) {
    const QVariant topic = widget->property(TopicProperty);
    if (!topic.isValid())
        return std::nullopt;
    return HelpTopic(topic.toInt());
}

HelpTopic topicFor(const QWidget *window) {
    std::optional<HelpTopic> found = topicOf(window);
    int foundDepth = 0;
    for (const QWidget *widget : window->findChildren<QWidget *>()) {
        // A window of its own (another dialog) has its own help.
        if (widget->window() != window || !widget->isVisibleTo(window))
            continue;
        const std::optional<HelpTopic> topic = topicOf(widget);
        if (topic && depth(widget) > foundDepth) {
            found = topic;
            foundDepth = depth(widget);
        }
    }
    return found.value_or(HelpTopic::Start);
}

HelpWindow *showFor(QWidget *window) {
    auto *help = window->findChild<HelpWindow *>(QString(), Qt::FindDirectChildrenOnly);
    if (!help)
        help = new HelpWindow(window);
    help->showTopic(topicFor(window));
    help->show();
    help->raise();
    help->activateWindow();
    return help;
}

void install() {
    static QPointer<F1Filter> filter;
    if (filter)
        return;
    filter = new F1Filter(qApp);
    qApp->installEventFilter(filter);
}

} // namespace bk::ContextHelp
