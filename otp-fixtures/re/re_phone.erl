%% phone numbers with alternatives and optional groups
-module(re_phone).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r("555-123-4567", "^(?:\\+(\\d{1,3})\\s?)?\\(?(\\d{3})\\)?[\\s.-]?(\\d{3})[\\s.-]?(\\d{4})$", [{capture, all, list}]),
    r("(555) 123 4567", "^(?:\\+(\\d{1,3})\\s?)?\\(?(\\d{3})\\)?[\\s.-]?(\\d{3})[\\s.-]?(\\d{4})$", [{capture, all, list}]),
    r("+1 555.123.4567", "^(?:\\+(\\d{1,3})\\s?)?\\(?(\\d{3})\\)?[\\s.-]?(\\d{3})[\\s.-]?(\\d{4})$", [{capture, all, list}]),
    r("5551234567", "^(?:\\+(\\d{1,3})\\s?)?\\(?(\\d{3})\\)?[\\s.-]?(\\d{3})[\\s.-]?(\\d{4})$", [{capture, all, list}]),
    r("555-1234", "^(?:\\+(\\d{1,3})\\s?)?\\(?(\\d{3})\\)?[\\s.-]?(\\d{3})[\\s.-]?(\\d{4})$", [{capture, all, list}]),
    ok.
