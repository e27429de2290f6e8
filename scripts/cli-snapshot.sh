#!/bin/bash
# Saves what the CLI prints and writes for the examples, to compare two versions byte for byte:
#   bash scripts/cli-snapshot.sh . /tmp/after && diff -r /tmp/before /tmp/after
# (run it first in a checkout of the older commit, after npm run build:cli, into /tmp/before).
# The summary time stamps (B5 of the first sheet, the page footers) and docProps are masked; nothing else is.
ROOT=$1; OUT=$2; rm -rf $OUT; mkdir -p $OUT; cd $ROOT
S="node bin/scorecard.js"
i=0
run() { i=$((i+1)); echo "$*" > $OUT/$i.cmd; $S "$@" > $OUT/$i.out 2> $OUT/$i.err; echo $? > $OUT/$i.rc; }
for wb in examples/*.xlsx; do
  run validate $wb
  run validate $wb --json
  run validate $wb -v
  run validate $wb --strict
  run validate $wb -p latest-each --json
  run validate $wb -c examples/catalogue.csv --json
  run validate $wb -c examples/catalogue.json -v
done
run validate examples/*.xlsx --json
run validate examples/directorate-scorecard-2012-13-q2.xlsx -p Q1 -v
run validate examples/directorate-scorecard-2012-13-q2.xlsx -p Nope
run validate examples/catalogue.csv
run validate nothing.xlsx
run catalogue check examples/catalogue.csv
run catalogue check examples/catalogue.json
run --version
for wb in examples/*.xlsx; do
  b=$(basename $wb .xlsx)
  run summarize $wb -o $OUT/$b-summary.xlsx
  mkdir -p $OUT/$b-x && (cd $OUT/$b-x && unzip -q -o ../$b-summary.xlsx && rm -rf docProps) ; rm $OUT/$b-summary.xlsx
done
sed -i "s#$OUT#OUT#g" $OUT/*.out $OUT/*.err $OUT/*.cmd 2>/dev/null
# the summary stamps its creation time in B5 of the first sheet
sed -i -E 's#(<c r="B5" s="3"><v>)[0-9.]+#\1TIME#' $OUT/*-x/xl/worksheets/sheet1.xml
sed -i -E 's#(Generated )[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}#\1TIME#' $OUT/*-x/xl/worksheets/sheet*.xml
