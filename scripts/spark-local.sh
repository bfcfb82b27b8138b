#!/usr/bin/env bash
# Runs the Spark backfill in local mode without a Spark installation: Spark's own jars from Maven (the
# module's `provided` dependencies) and Spark's launcher class, as spark-submit does, with the JVM options
# spark-submit adds on Java 17. Needs the module built: mvn install && mvn -f spark/pom.xml -DskipTests package.
# Usage: scripts/spark-local.sh [--threads N] [--memory 4g] extract|load [options]   (see: ... extract --help)
set -euo pipefail
cd "$(dirname "$0")/.."
threads=2
memory=4g
while [ $# -gt 0 ]; do
  case "$1" in
    --threads) threads=$2; shift 2 ;;
    --memory) memory=$2; shift 2 ;;
    *) break ;;
  esac
done
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
version=$("$java" -XshowSettings:properties -version 2>&1 | awk '/java.specification.version/ {print $3}')
case "$version" in
  17|21) ;;
  *) echo "spark-local: $java is Java $version; Spark 4.1 runs on Java 17 or 21: set JAVA_HOME to one" >&2; exit 3 ;;
esac
jar=spark/target/press-tally-spark.jar
[ -f "$jar" ] || { echo "spark-local: $jar missing; run: mvn install && mvn -f spark/pom.xml -DskipTests package" >&2; exit 3; }
classpath=spark/target/spark-classpath.txt
options=spark/target/spark-jvm-options.txt
if [ ! -f "$classpath" ] || [ ! -s "$options" ] || [ spark/pom.xml -nt "$classpath" ]; then
  mvn -q -B -f spark/pom.xml dependency:build-classpath -Dmdep.includeScope=provided -Dmdep.outputFile=target/spark-classpath.txt
  mvn -q -B -Dstyle.color=never -f spark/pom.xml help:evaluate -Dexpression=spark.jvm.options -DforceStdout \
    | sed -e 's/\x1b\[[0-9;]*m//g' > "$options"
fi
# shellcheck disable=SC2046
exec "$java" -Xmx"$memory" $(cat "$options") -cp "$(cat "$classpath")" org.apache.spark.deploy.SparkSubmit \
  --master "local[$threads]" --driver-memory "$memory" --conf spark.log.level=WARN --class com.presstally.spark.Backfill "$jar" "$@"
