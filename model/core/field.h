// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"

#include <vector>

namespace powerfield::core {

// A provided value: its real quality and what the receiver believes it to be.
struct Rating
{
    double actual = 0.0;
    double perceived = 0.0;
    double value(Lens lens) const { return lens == Lens::Actual ? actual : perceived; }
    bool operator==(const Rating &o) const { return actual == o.actual && perceived == o.perceived; }
};

// The state of a social field at one moment, with parties, desires and options numbered by
// index: the plain-typed input of the analysis, free of ids, names and Qt types.
struct Field
{
    struct Party
    {
        bool active = true;
        double comparisonLevel = 0.5;
        std::vector<double> needs; // importance per desire index; 0 where the party has no need
    };
    struct Provision
    {
        int from = -1;
        int to = -1;
        int desire = -1;
        Rating rating;
    };
    struct Offer
    {
        int desire = -1;
        Rating rating;
    };
    struct Option
    {
        int owner = -1;
        std::vector<Offer> offers;
    };
    struct Investment
    {
        int party = -1;
        int partner = -1;
        double amount = 0.0;
        bool exclusive = false;
    };

    int desireCount = 0;
    std::vector<Party> parties;
    std::vector<Provision> provisions;
    std::vector<Option> options;
    std::vector<Investment> investments;
};

} // namespace powerfield::core
