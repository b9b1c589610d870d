// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include "appsettings.h"

#include <QApplication>
#include <QCoreApplication>
#include <QWidget>
#include <QLibraryInfo>
#include <QLocale>

namespace powerfield {

namespace {
const QString kSettingsKey = QStringLiteral("ui/language");

// Widgets keep the locale they were made with: hand the new default down from every window,
// so that spin boxes and tables write numbers the new way too.
void applyLocaleToWidgets()
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return;
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows)
        window->setLocale(QLocale());
}
} // namespace

Translations *Translations::instance()
{
    static Translations *self = nullptr;
    if (!self) {
        self = new Translations(QCoreApplication::instance());
        QObject::connect(self, &QObject::destroyed, [] { self = nullptr; });
    }
    return self;
}

Translations::Translations(QObject *parent)
    : QObject(parent)
{
}

QStringList Translations::languages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es")};
}

QString Translations::nativeName(const QString &code)
{
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("es"))
        return QStringLiteral("Español");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    return QLocale(code).nativeLanguageName();
}

QString Translations::systemLanguage()
{
    const QStringList wanted = QLocale::system().uiLanguages();
    for (const QString &name : wanted) {
        const QString code = name.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0);
        if (languages().contains(code))
            return code;
    }
    return QStringLiteral("en");
}

void Translations::setLanguage(const QString &code, bool remember)
{
    const QString chosen = languages().contains(code) ? code : QString();
    if (remember)
        appSettings().setValue(kSettingsKey, chosen);
    m_language = chosen;
    const QString active = chosen.isEmpty() ? systemLanguage() : chosen;
    if (m_installed && active == m_active)
        return;
    m_active = active;
    // Numbers and the glossary's pages follow the language, so set the locale first: widgets
    // that retranslate on the events below read it.
    QLocale::setDefault(chosen.isEmpty() ? QLocale::system() : QLocale(active));
    applyLocaleToWidgets();
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    if (m_app.load(QStringLiteral(":/i18n/powerfield_%1.qm").arg(active)))
        QCoreApplication::installTranslator(&m_app);
    if (m_qt.load(QStringLiteral("qtbase_") + active, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    m_installed = true;
    emit languageChanged(m_active);
}

void Translations::restore()
{
    setLanguage(appSettings().value(kSettingsKey).toString(), false);
}

} // namespace powerfield
