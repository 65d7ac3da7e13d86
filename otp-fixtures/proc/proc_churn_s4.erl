%% args: +S 4 -s NAME main
%% proc_churn on 4 scheduler(s).
-module(proc_churn_s4).
-export([main/0]).

main() -> proc_churn:main().
