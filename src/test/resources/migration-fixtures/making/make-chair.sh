#!/bin/bash
# Makes vN-chair.db with the command line of one earlier build (and SheetEdit.java for what that
# command line cannot do: indications, a sheet's overall comment, marking a sheet complete).
# Usage: make-chair.sh VERSION_NUMBER BUILD_DIR WORK_DIR   (e.g. 2 /tmp/fx-v2 /tmp/fx-work/v2)
# BUILD_DIR is a checkout of the build, packaged (mvn -B -q -o package -DskipTests); WORK_DIR is
# emptied and receives everything, vN-chair.db last.
set -euo pipefail
V=$1
BUILD=$2
W=$3
JAR=$BUILD/target/cluster-eval.jar
HERE=$(cd "$(dirname "$0")" && pwd)
rm -rf "$W" && mkdir -p "$W/xdg" "$W/home" "$W/files"
cd "$W"
# never the user's data directory: everything of this run lives under $W
export XDG_DATA_HOME=$W/xdg HOME=$W/home
ce() { java -Duser.home="$W/home" -jar "$JAR" "$@"; }
edit() { java -Duser.home="$W/home" -cp "$JAR" "$HERE/SheetEdit.java" "$@"; }
ITEMS=(1.1 1.2.1 1.2.2 1.3 2.1 2.2 2.3 3 4)
# grade DB EVALUATOR CLUSTER G1 .. G9: one grade per item of the default round, in item order
gradeall() {
  local db=$1 ev=$2 cl=$3; shift 3
  local i=0
  for g in "$@"; do
    ce --db "$db" grade --evaluator "$ev" --cluster "$cl" --item "${ITEMS[$i]}" --grade "$g" >/dev/null
    i=$((i + 1))
  done
}

# ---- 佐藤 花子 on her laptop: SAP and SEN complete, KYO a draft
SATO=$(ce --db sato.db evaluator add --name "佐藤 花子" --affiliation "東北大学" | tail -1)
gradeall sato.db "$SATO" SAP S A B A A A B A B
ce --db sato.db grade --evaluator "$SATO" --cluster SAP --item 1.1 --grade A \
   --comment "研究開発は計画どおり進捗している。特許出願が多い。" >/dev/null
ce --db sato.db grade --evaluator "$SATO" --cluster SAP --item 4 --grade B --comment "事業化の見通しはまだ弱い" >/dev/null
edit sato.db "$SATO" SAP indication 1.2.1 "地域戦略と事業の関係をもっと明確に"
edit sato.db "$SATO" SAP sheet-comment "全体として順調。知財戦略に課題。"
edit sato.db "$SATO" SAP complete
gradeall sato.db "$SATO" SEN B B B C B B B B B
ce --db sato.db grade --evaluator "$SATO" --cluster SEN --item 1.3 --grade C --comment "推進体制が不十分" >/dev/null
edit sato.db "$SATO" SEN complete
ce --db sato.db grade --evaluator "$SATO" --cluster KYO --item 1.1 --grade S >/dev/null
ce --db sato.db grade --evaluator "$SATO" --cluster KYO --item 4 --grade S --comment "ヒアリング後に見直す" >/dev/null
ce --db sato.db export --evaluator "$SATO" --out files/sato.cescore
SATO_FP=$(ce --db sato.db keys own --evaluator "$SATO" | grep -oE '([0-9a-f]{4} ){15}[0-9a-f]{4}')

# ---- 田中 一郎: SAP and KYO complete, FUK a draft; later two copies of his database disagree
TANAKA=$(ce --db tanaka.db evaluator add --name "田中 一郎" --affiliation "京都大学" | tail -1)
gradeall tanaka.db "$TANAKA" SAP A A A B A B B A A
edit tanaka.db "$TANAKA" SAP complete
gradeall tanaka.db "$TANAKA" KYO S S A A A A A S A
ce --db tanaka.db grade --evaluator "$TANAKA" --cluster KYO --item 1.1 --grade S --comment "iPS細胞関連の成果が顕著" >/dev/null
edit tanaka.db "$TANAKA" KYO indication 2.1 "将来計画の数値目標を示すこと"
edit tanaka.db "$TANAKA" KYO complete
ce --db tanaka.db grade --evaluator "$TANAKA" --cluster FUK --item 1.1 --grade B >/dev/null
ce --db tanaka.db grade --evaluator "$TANAKA" --cluster FUK --item 1.3 --grade C >/dev/null
ce --db tanaka.db export --evaluator "$TANAKA" --out files/tanaka-1.cescore
cp tanaka.db tanaka-copy.db   # the same evaluator and key, on a second machine
ce --db tanaka.db grade --evaluator "$TANAKA" --cluster KYO --item 4 --grade S >/dev/null
ce --db tanaka-copy.db grade --evaluator "$TANAKA" --cluster KYO --item 4 --grade B >/dev/null
ce --db tanaka.db grade --evaluator "$TANAKA" --cluster SAP --item 3 --grade S >/dev/null
ce --db tanaka-copy.db grade --evaluator "$TANAKA" --cluster SAP --item 3 --grade C >/dev/null
ce --db tanaka.db export --evaluator "$TANAKA" --out files/tanaka-2.cescore
ce --db tanaka-copy.db export --evaluator "$TANAKA" --out files/tanaka-2-copy.cescore

# ---- Jane Smith: HIR and SAP complete; later a new laptop (a new key)
SMITH=$(ce --db smith.db evaluator add --name "Jane Smith" --affiliation "MIT" | tail -1)
gradeall smith.db "$SMITH" HIR A A A A B B B B A
ce --db smith.db grade --evaluator "$SMITH" --cluster HIR --item 1.1 --grade A --comment "Strong medical-engineering links." >/dev/null
edit smith.db "$SMITH" HIR complete
gradeall smith.db "$SMITH" SAP B B B B B B B B B
edit smith.db "$SMITH" SAP complete
ce --db smith.db export --evaluator "$SMITH" --out files/smith-1.cescore
ce --db smith.db grade --evaluator "$SMITH" --cluster HIR --item 4 --grade S >/dev/null
SMITH2_FP=$(ce --db smith.db export --evaluator "$SMITH" --keys-dir "$W/smith-new-laptop-keys" --out files/smith-2.cescore \
  | grep -oE '([0-9a-f]{4} ){15}[0-9a-f]{4}' | tr -d ' ')

# ---- the chair's database
C=v$V-chair.db
YAMADA=$(ce --db $C evaluator add --name "山田 太郎" --affiliation "文部科学省" | tail -1)
gradeall $C "$YAMADA" SAP A B B A A A A A A
ce --db $C grade --evaluator "$YAMADA" --cluster SAP --item 1.2.1 --grade B --comment "地域の主体性が見えにくい" >/dev/null
edit $C "$YAMADA" SAP sheet-comment "ヒアリングでの説明は明快だった"
edit $C "$YAMADA" SAP complete
ce --db $C import files/sato.cescore files/tanaka-1.cescore files/smith-1.cescore
ce --db $C import files/tanaka-2.cescore
ce --db $C import files/tanaka-2-copy.cescore || echo "(conflicts expected)"
ce --db $C conflicts list --all
KYO_CONFLICT=$(ce --db $C conflicts list --format csv | grep ',KYO,' | cut -d, -f1 | tr -d '\357\273\277"')
ce --db $C conflicts resolve "$KYO_CONFLICT" --keep incoming --reason "本人に電話で確認した: 4 は B"
ce --db $C import files/smith-2.cescore || echo "(new key refused, as expected)"
# builds of schema V5 and later want the fingerprint the chair checked with an accepted key
ACCEPT_FP=(); if [ "$V" -ge 5 ]; then ACCEPT_FP=(--fingerprint "$SMITH2_FP"); fi
ce --db $C import --accept-key "$SMITH" "${ACCEPT_FP[@]}" --reason "新しいPCに移行したと本人から連絡あり" files/smith-2.cescore
ce --db $C keys list
ce --db $C keys pin --evaluator "$SATO" --fingerprint "$SATO_FP"
ce --db $C coi add --evaluator "$SMITH" --cluster HIR --note "広島大学 客員教授"
ce --db $C coi add --evaluator "$TANAKA" --cluster KYO --note "京都大学 所属"
ce --db $C coi include --evaluator "$TANAKA" --cluster KYO --reason "評価委員会が影響は軽微と判断"
ITO=$(ce --db $C evaluator add --name "伊藤 美咲" --affiliation "大阪大学" | tail -1)
printf '\xef\xbb\xbfcluster,item,grade,comment\r\nSEN,1.1,A,産学連携が活発\r\nSEN,1.2.1,A,\r\nSEN,1.2.2,B,\r\nSEN,1.3,B,\r\nSEN,2.1,A,\r\nSEN,2.2,A,\r\nSEN,2.3,B,\r\nSEN,3,A,\r\nSEN,4,B,"事業化に課題, 要改善"\r\n' > files/ito.csv
ce --db $C import-csv --evaluator "$ITO" files/ito.csv
if [ "$V" -ge 3 ]; then
  ce --db $C weights set --axis A=30,B=20,C=20,D=10,E=20 --by "重みづけグループ"
  ce --db $C weights set --item 1.2.1=60,1.2.2=40 --by "重みづけグループ"
  ce --db $C comments tag --cluster SAP --evaluator "$SATO" --item 1.1 --tag ip
  ce --db $C comments tag --cluster SAP --evaluator "$SATO" --tag ip
  ce --db $C comments tag --cluster KYO --evaluator "$TANAKA" --item 2.1 --field indication --tag rd-themes
  ce --db $C allocate --pool 2,000,000,000 --rule tiers --floor 300000000 --cap 700000000
fi
if [ "$V" -ge 7 ]; then
  # V7's rounds: a final evaluation of three of the clusters (copied from the mid-term round) and a
  # City Area round of two new units, so that evidence per round (V9) is tested with rounds that
  # share some clusters and with units that have no figures
  SEED=$BUILD/resources/seed/clusters.csv
  { head -1 "$SEED"; grep -E '^(SAP|KYO|FUK),' "$SEED"; } > files/final-units.csv
  ce --db $C round create --id fin-fy2006 --name-ja "終了評価 FY2006" --name-en "Final evaluation FY2006" --kind final \
     --from mid-fy2004 --units files/final-units.csv
  printf 'code,name_ja,name_en,area_ja,area_en,prefecture_en,fields,start_fy,wide_area\nCA-HAK,函館エリア,Hakodate Area,函館地域,Hakodate,Hokkaido,Marine,2005,\nCA-KOR,郡山エリア,Koriyama Area,郡山地域,Koriyama,Fukushima,Life Sciences,2005,\n' > files/city-units.csv
  ce --db $C round create --id city-fy2007 --name-ja "都市エリア 中間評価 FY2007" --name-en "City Area mid-term FY2007" \
     --kind mid-term --from mid-fy2004 --units files/city-units.csv
  ce --db $C round list
fi
ce --db $C status
ce --db $C results
echo "SATO=$SATO TANAKA=$TANAKA SMITH=$SMITH YAMADA=$YAMADA ITO=$ITO SATO_FP=$SATO_FP"
ls -la "$W"
