// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

class QActionGroup;

namespace powerfield {

// The Language menu: the system's language or one of Powerfield's, switched at once.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateChecks();

    QActionGroup *m_group;
    QAction *m_system;
};

} // namespace powerfield
