%% A module with no exports besides module_info and one attribute.
-module(cl_nameless).
-vsn(42).
-custom_attr([hello]).
