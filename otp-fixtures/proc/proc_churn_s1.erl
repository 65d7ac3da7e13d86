%% args: +S 1 -s NAME main
%% proc_churn on 1 scheduler(s).
-module(proc_churn_s1).
-export([main/0]).

main() -> proc_churn:main().
