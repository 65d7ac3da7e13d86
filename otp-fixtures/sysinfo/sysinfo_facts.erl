%% system_info/1 items whose value is a fact of OTP 25 and this machine kind.
-module(sysinfo_facts).
-export([main/0]).

main() ->
    [erlang:display({K, erlang:system_info(K)}) ||
        K <- [otp_release, version, wordsize, machine, compat_rel, driver_version, nif_version,
              os_type, creation, thread_pool_size, break_ignored, outstanding_system_requests_limit,
              atom_limit, port_limit, heap_type, kernel_poll, smp_support, threads,
              debug_compiled, lock_checking, lock_counting, dynamic_trace, dynamic_trace_probes,
              time_correction, time_offset, time_warp_mode, tolerant_timeofday,
              trace_control_word, update_cpu_info, cpu_quota, delayed_node_table_gc,
              dist_buf_busy_limit, dist_ctrl, modified_timing_level, sequential_tracer,
              scheduler_bind_type, port_parallelism, ets_always_compress, build_type,
              context_reductions, system_architecture, max_heap_size, message_queue_data,
              fullsweep_after, min_heap_size, min_bin_vheap_size, garbage_collection,
              process_limit, ets_limit]],
    erlang:display(erlang:system_info({wordsize, internal})),
    erlang:display(erlang:system_info({wordsize, external})),
    erlang:display(erlang:system_info({cpu_topology, defined})),
    ok.
