#pragma once

#include <QCoreApplication>
#include <QString>

namespace ctx {

// The quick search box's text as a filter in the API grammar, the way the web UI's
// free-text field works (ui-notes.md §2). The forms, tried in this order:
//
//   (blank)                        -> no filter ("")
//   a filter expression whose fields the API knows, e.g. `kind equals user` or
//   `user.email startsWith "ann",name exists true`
//                                  -> used as is (printed canonically)
//   key:abc                        -> key startsWith "abc"
//   name:Ann                       -> name startsWith "Ann"
//   kind:user, kindKey:user:anna, applicationId:GoSDK/1.2, id:...
//                                  -> <field> equals "<value>" (no prefix match there)
//   user.email:ann   *.email:ann   user./address/city:Spr
//                                  -> <field> startsWith "<value>"
//   <field>=value                  -> <field> equals "<value>" (any of the fields above)
//   name:  user.email:   (nothing after the colon)
//                                  -> <field> exists true (key, kind... give no filter)
//   anything else                  -> q equals "<text>" (the API's fuzzy search over the key,
//                                     the name and attribute values)
//
// The value is everything after the first ":" or "=", trimmed; write it as a JSON string
// ("Ann Lee") to keep outer spaces or to start with a quote. Field names are case-sensitive
// (`Key:abc` is a fuzzy search). Every value is escaped by filter::printValue, so any
// character (spaces, commas, |, parentheses, quotes, backslashes, non-ASCII) is safe.
class QuickSearch
{
    Q_DECLARE_TR_FUNCTIONS(ctx::QuickSearch)
public:
    static QString toFilter(const QString &text);

    // The syntax above in a few lines, for the box's tooltip.
    static QString syntaxHelp();
};

} // namespace ctx
