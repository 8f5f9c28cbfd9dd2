// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/help/HelpWindow.h"

#include <QAction>
#include <QDir>
#include <QHelpContentModel>
#include <QHelpContentWidget>
#include <QHelpEngine>
#include <QHelpIndexWidget>
#include <QHelpLink>
#include <QLineEdit>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

namespace bk {

namespace {

/// Reads the guide's pages, their style sheet and pictures out of the compiled help.
class HelpBrowser : public QTextBrowser {
public:
    HelpBrowser(QHelpEngine *engine, QWidget *parent)
        : QTextBrowser(parent)
        , m_engine(engine) {}

    QVariant loadResource(int type, const QUrl &name) override {
        if (name.scheme() == QLatin1String("qthelp"))
            return m_engine->fileData(name);
        return QTextBrowser::loadResource(type, name);
    }

private:
    QHelpEngine *m_engine;
};

} // namespace

HelpWindow::HelpWindow(QWidget *parent)
    : QMainWindow(parent, Qt::Window) {
    setObjectName(QStringLiteral("helpWindow"));
    setWindowTitle(tr("Boundary Keeper Guide"));
    const QString collection = HelpTopics::collectionFile();
    auto *engine = new QHelpEngine(collection, this);
    // The installed guide is read, never written (it may lie in a folder only root can write).
    engine->setReadOnly(true);
    m_available = !collection.isEmpty() && engine->setupData();

    m_browser = new HelpBrowser(engine, this);
    m_browser->setObjectName(QStringLiteral("helpTextBrowser"));
    m_browser->setOpenExternalLinks(true);

    auto *indexSearch = new QLineEdit(this);
    indexSearch->setObjectName(QStringLiteral("helpIndexSearchLineEdit"));
    indexSearch->setPlaceholderText(tr("Look for a word"));
    indexSearch->setClearButtonEnabled(true);
    QHelpIndexWidget *index = engine->indexWidget();
    index->setObjectName(QStringLiteral("helpIndexWidget"));
    connect(indexSearch, &QLineEdit::textChanged, index,
            [index](const QString &text) { index->filterIndices(text); });
    connect(indexSearch, &QLineEdit::returnPressed, index, &QHelpIndexWidget::activateCurrentItem);
    connect(index, &QHelpIndexWidget::documentActivated, this,
            [this](const QHelpLink &document) { showUrl(document.url); });
    auto *indexPage = new QWidget(this);
    auto *indexLayout = new QVBoxLayout(indexPage);
    indexLayout->setContentsMargins(4, 4, 4, 4);
    indexLayout->addWidget(indexSearch);
    indexLayout->addWidget(index);

    QHelpContentWidget *contents = engine->contentWidget();
    contents->setObjectName(QStringLiteral("helpContentWidget"));
    connect(contents, &QHelpContentWidget::linkActivated, this, &HelpWindow::showUrl);
    // The guide's chapters in view from the start.
    connect(engine->contentModel(), &QHelpContentModel::contentsCreated, contents,
            [contents] { contents->expandToDepth(0); });

    auto *side = new QTabWidget(this);
    side->setObjectName(QStringLiteral("helpTabWidget"));
    side->addTab(contents, tr("&Contents"));
    side->addTab(indexPage, tr("In&dex"));
    auto *splitter = new QSplitter(this);
    splitter->addWidget(side);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 620});
    setCentralWidget(splitter);

    QToolBar *toolBar = addToolBar(tr("Navigation"));
    toolBar->setObjectName(QStringLiteral("helpToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QAction *back = toolBar->addAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("&Back"), m_browser,
                                       &QTextBrowser::backward);
    back->setObjectName(QStringLiteral("helpBackAction"));
    back->setShortcut(QKeySequence::Back);
    back->setEnabled(false);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QAction::setEnabled);
    QAction *forward = toolBar->addAction(style()->standardIcon(QStyle::SP_ArrowForward), tr("&Forward"),
                                          m_browser, &QTextBrowser::forward);
    forward->setObjectName(QStringLiteral("helpForwardAction"));
    forward->setShortcut(QKeySequence::Forward);
    forward->setEnabled(false);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QAction::setEnabled);
    QAction *home = toolBar->addAction(style()->standardIcon(QStyle::SP_DirHomeIcon), tr("&Start page"), this,
                                       [this] { showTopic(HelpTopic::Start); });
    home->setObjectName(QStringLiteral("helpStartAction"));

    if (!m_available)
        m_browser->setHtml(
            tr("<h2>The guide was not found</h2><p>Boundary Keeper looks for it in %1. Installing Boundary "
               "Keeper's package puts it there.</p>")
                .arg(QDir::toNativeSeparators(HelpTopics::folder()).toHtmlEscaped()));
    resize(900, 640);
}

void HelpWindow::showTopic(HelpTopic topic) {
    showUrl(HelpTopics::url(topic));
}

void HelpWindow::showUrl(const QUrl &url) {
    if (m_available)
        m_browser->setSource(url, QTextDocument::HtmlResource);
}

QUrl HelpWindow::currentUrl() const {
    return m_browser->source();
}

QString HelpWindow::pageTitle() const {
    return m_browser->documentTitle();
}

} // namespace bk
