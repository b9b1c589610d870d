// SPDX-License-Identifier: GPL-3.0-or-later
#include "contexthelp.h"

#include "glossarydock.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QWidget>

namespace powerfield {

namespace contexthelp {

namespace {

struct ViewPage
{
    const char *className;
    const char *term;
};

// Class names, so that help needs none of the views' headers; the first match going up wins.
constexpr ViewPage kPages[] = {
    {"powerfield::FieldView", "views#field"},
    {"powerfield::DependencePanel", "views#panel"},
    {"powerfield::PowerPlot", "views#plot"},
    {"powerfield::SweepPlot", "views#plot"},
    {"powerfield::ScenarioTree", "views#tree"},
    {"powerfield::EventsEditor", "views#events"},
    {"powerfield::GlossaryDock", "overview"},
};

// Names the action in the language on show, now and after every language change.
class Retranslator : public QObject
{
public:
    explicit Retranslator(QAction *action)
        : QObject(action)
        , m_action(action)
    {
        retranslate();
        action->parent()->installEventFilter(this); // the window: it gets every language change
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange && watched == parent()->parent())
            retranslate();
        return false;
    }

private:
    void retranslate()
    {
        m_action->setText(QCoreApplication::translate("ContextHelp", "&Help on This View"));
        m_action->setStatusTip(QCoreApplication::translate(
            "ContextHelp", "What the view with the keyboard focus shows and how to use it"));
    }

    QAction *m_action;
};

} // namespace

QString termFor(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        for (const ViewPage &page : kPages) {
            if (w->inherits(page.className))
                return QString::fromLatin1(page.term);
        }
    }
    return QStringLiteral("getting-started");
}

QAction *createAction(QWidget *window, GlossaryDock *dock)
{
    auto *action = new QAction(window);
    action->setObjectName(QStringLiteral("contextHelp"));
    action->setShortcut(QKeySequence(Qt::Key_F1));
    action->setShortcutContext(Qt::WindowShortcut);
    new Retranslator(action);
    window->addAction(action);
    QObject::connect(action, &QAction::triggered, dock, [dock] {
        dock->showTerm(termFor(QApplication::focusWidget()));
    });
    return action;
}

} // namespace contexthelp

} // namespace powerfield
