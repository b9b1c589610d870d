// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemenu.h"

#include "translations.h"

#include <QActionGroup>
#include <QEvent>

namespace powerfield {

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(parent)
    , m_group(new QActionGroup(this))
    , m_system(addAction(QString()))
{
    setObjectName(QStringLiteral("languageMenu"));
    m_system->setObjectName(QStringLiteral("language:system"));
    m_system->setData(QString());
    addSeparator();
    // Each language under its own name, so that anyone can find their way back.
    const QStringList codes = Translations::languages();
    for (const QString &code : codes) {
        QAction *action = addAction(Translations::nativeName(code));
        action->setObjectName(QStringLiteral("language:") + code);
        action->setData(code);
    }
    const QList<QAction *> entries = actions();
    for (QAction *action : entries) {
        if (action->isSeparator())
            continue;
        action->setCheckable(true);
        m_group->addAction(action);
    }
    connect(m_group, &QActionGroup::triggered, this,
            [](QAction *action) { Translations::instance()->setLanguage(action->data().toString()); });
    connect(Translations::instance(), &Translations::languageChanged, this, &LanguageMenu::updateChecks);
    retranslate();
    updateChecks();
}

void LanguageMenu::retranslate()
{
    setTitle(tr("&Language"));
    m_system->setText(tr("&System Language"));
    m_system->setStatusTip(tr("Use the language of the desktop (English when Powerfield does not speak it)"));
}

void LanguageMenu::updateChecks()
{
    const QString chosen = Translations::instance()->language();
    const QList<QAction *> entries = m_group->actions();
    for (QAction *action : entries)
        action->setChecked(action->data().toString() == chosen);
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

} // namespace powerfield
