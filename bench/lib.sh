# Sourced by the bench scripts. H2_OPTIONS: the URL options of the embedded default in
# application.yml (everything after AUTO_SERVER=TRUE, which a benchmark does not want), so the
# benchmarks measure the configuration users get; set H2_OPTIONS to measure another one.
H2_OPTIONS=${H2_OPTIONS:-$(sed -nE 's/^ *url: jdbc:h2:file:[^;]*;AUTO_SERVER=TRUE(;.*)$/\1/p' src/main/resources/application.yml)}
[ -n "$H2_OPTIONS" ] || { echo "bench: no H2 URL options found in src/main/resources/application.yml" >&2; exit 1; }
