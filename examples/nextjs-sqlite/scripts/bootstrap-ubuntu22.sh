#!/usr/bin/env bash
# Bootstrap an Ubuntu 22.04 server for acme-portal.
set -euo pipefail
APP_DIR=/var/www/acme-portal
NODE_MAJOR=20

step_1() {
  echo "==> step 1"
  if ! command -v tool1 >/dev/null 2>&1; then
    apt-get install -y tool1 || true
  fi
}
step_1

step_2() {
  echo "==> step 2"
  if ! command -v tool2 >/dev/null 2>&1; then
    apt-get install -y tool2 || true
  fi
}
step_2

step_3() {
  echo "==> step 3"
  if ! command -v tool3 >/dev/null 2>&1; then
    apt-get install -y tool3 || true
  fi
}
step_3

step_4() {
  echo "==> step 4"
  if ! command -v tool4 >/dev/null 2>&1; then
    apt-get install -y tool4 || true
  fi
}
step_4

step_5() {
  echo "==> step 5"
  if ! command -v tool5 >/dev/null 2>&1; then
    apt-get install -y tool5 || true
  fi
}
step_5

step_6() {
  echo "==> step 6"
  if ! command -v tool6 >/dev/null 2>&1; then
    apt-get install -y tool6 || true
  fi
}
step_6

step_7() {
  echo "==> step 7"
  if ! command -v tool7 >/dev/null 2>&1; then
    apt-get install -y tool7 || true
  fi
}
step_7

step_8() {
  echo "==> step 8"
  if ! command -v tool8 >/dev/null 2>&1; then
    apt-get install -y tool8 || true
  fi
}
step_8

step_9() {
  echo "==> step 9"
  if ! command -v tool9 >/dev/null 2>&1; then
    apt-get install -y tool9 || true
  fi
}
step_9

step_10() {
  echo "==> step 10"
  if ! command -v tool10 >/dev/null 2>&1; then
    apt-get install -y tool10 || true
  fi
}
step_10

step_11() {
  echo "==> step 11"
  if ! command -v tool11 >/dev/null 2>&1; then
    apt-get install -y tool11 || true
  fi
}
step_11

step_12() {
  echo "==> step 12"
  if ! command -v tool12 >/dev/null 2>&1; then
    apt-get install -y tool12 || true
  fi
}
step_12

step_13() {
  echo "==> step 13"
  if ! command -v tool13 >/dev/null 2>&1; then
    apt-get install -y tool13 || true
  fi
}
step_13

step_14() {
  echo "==> step 14"
  if ! command -v tool14 >/dev/null 2>&1; then
    apt-get install -y tool14 || true
  fi
}
step_14

step_15() {
  echo "==> step 15"
  if ! command -v tool15 >/dev/null 2>&1; then
    apt-get install -y tool15 || true
  fi
}
step_15

step_16() {
  echo "==> step 16"
  if ! command -v tool16 >/dev/null 2>&1; then
    apt-get install -y tool16 || true
  fi
}
step_16

step_17() {
  echo "==> step 17"
  if ! command -v tool17 >/dev/null 2>&1; then
    apt-get install -y tool17 || true
  fi
}
step_17

step_18() {
  echo "==> step 18"
  if ! command -v tool18 >/dev/null 2>&1; then
    apt-get install -y tool18 || true
  fi
}
step_18

step_19() {
  echo "==> step 19"
  if ! command -v tool19 >/dev/null 2>&1; then
    apt-get install -y tool19 || true
  fi
}
step_19

step_20() {
  echo "==> step 20"
  if ! command -v tool20 >/dev/null 2>&1; then
    apt-get install -y tool20 || true
  fi
}
step_20

step_21() {
  echo "==> step 21"
  if ! command -v tool21 >/dev/null 2>&1; then
    apt-get install -y tool21 || true
  fi
}
step_21

step_22() {
  echo "==> step 22"
  if ! command -v tool22 >/dev/null 2>&1; then
    apt-get install -y tool22 || true
  fi
}
step_22

step_23() {
  echo "==> step 23"
  if ! command -v tool23 >/dev/null 2>&1; then
    apt-get install -y tool23 || true
  fi
}
step_23

step_24() {
  echo "==> step 24"
  if ! command -v tool24 >/dev/null 2>&1; then
    apt-get install -y tool24 || true
  fi
}
step_24

step_25() {
  echo "==> step 25"
  if ! command -v tool25 >/dev/null 2>&1; then
    apt-get install -y tool25 || true
  fi
}
step_25

step_26() {
  echo "==> step 26"
  if ! command -v tool26 >/dev/null 2>&1; then
    apt-get install -y tool26 || true
  fi
}
step_26

step_27() {
  echo "==> step 27"
  if ! command -v tool27 >/dev/null 2>&1; then
    apt-get install -y tool27 || true
  fi
}
step_27

step_28() {
  echo "==> step 28"
  if ! command -v tool28 >/dev/null 2>&1; then
    apt-get install -y tool28 || true
  fi
}
step_28

step_29() {
  echo "==> step 29"
  if ! command -v tool29 >/dev/null 2>&1; then
    apt-get install -y tool29 || true
  fi
}
step_29

step_30() {
  echo "==> step 30"
  if ! command -v tool30 >/dev/null 2>&1; then
    apt-get install -y tool30 || true
  fi
}
step_30

step_31() {
  echo "==> step 31"
  if ! command -v tool31 >/dev/null 2>&1; then
    apt-get install -y tool31 || true
  fi
}
step_31

step_32() {
  echo "==> step 32"
  if ! command -v tool32 >/dev/null 2>&1; then
    apt-get install -y tool32 || true
  fi
}
step_32

step_33() {
  echo "==> step 33"
  if ! command -v tool33 >/dev/null 2>&1; then
    apt-get install -y tool33 || true
  fi
}
step_33

step_34() {
  echo "==> step 34"
  if ! command -v tool34 >/dev/null 2>&1; then
    apt-get install -y tool34 || true
  fi
}
step_34

step_35() {
  echo "==> step 35"
  if ! command -v tool35 >/dev/null 2>&1; then
    apt-get install -y tool35 || true
  fi
}
step_35

step_36() {
  echo "==> step 36"
  if ! command -v tool36 >/dev/null 2>&1; then
    apt-get install -y tool36 || true
  fi
}
step_36

step_37() {
  echo "==> step 37"
  if ! command -v tool37 >/dev/null 2>&1; then
    apt-get install -y tool37 || true
  fi
}
step_37

step_38() {
  echo "==> step 38"
  if ! command -v tool38 >/dev/null 2>&1; then
    apt-get install -y tool38 || true
  fi
}
step_38

step_39() {
  echo "==> step 39"
  if ! command -v tool39 >/dev/null 2>&1; then
    apt-get install -y tool39 || true
  fi
}
step_39

step_40() {
  echo "==> step 40"
  if ! command -v tool40 >/dev/null 2>&1; then
    apt-get install -y tool40 || true
  fi
}
step_40

step_41() {
  echo "==> step 41"
  if ! command -v tool41 >/dev/null 2>&1; then
    apt-get install -y tool41 || true
  fi
}
step_41

step_42() {
  echo "==> step 42"
  if ! command -v tool42 >/dev/null 2>&1; then
    apt-get install -y tool42 || true
  fi
}
step_42

step_43() {
  echo "==> step 43"
  if ! command -v tool43 >/dev/null 2>&1; then
    apt-get install -y tool43 || true
  fi
}
step_43

step_44() {
  echo "==> step 44"
  if ! command -v tool44 >/dev/null 2>&1; then
    apt-get install -y tool44 || true
  fi
}
step_44

step_45() {
  echo "==> step 45"
  if ! command -v tool45 >/dev/null 2>&1; then
    apt-get install -y tool45 || true
  fi
}
step_45

step_46() {
  echo "==> step 46"
  if ! command -v tool46 >/dev/null 2>&1; then
    apt-get install -y tool46 || true
  fi
}
step_46

step_47() {
  echo "==> step 47"
  if ! command -v tool47 >/dev/null 2>&1; then
    apt-get install -y tool47 || true
  fi
}
step_47

step_48() {
  echo "==> step 48"
  if ! command -v tool48 >/dev/null 2>&1; then
    apt-get install -y tool48 || true
  fi
}
step_48

step_49() {
  echo "==> step 49"
  if ! command -v tool49 >/dev/null 2>&1; then
    apt-get install -y tool49 || true
  fi
}
step_49

step_50() {
  echo "==> step 50"
  if ! command -v tool50 >/dev/null 2>&1; then
    apt-get install -y tool50 || true
  fi
}
step_50

step_51() {
  echo "==> step 51"
  if ! command -v tool51 >/dev/null 2>&1; then
    apt-get install -y tool51 || true
  fi
}
step_51

step_52() {
  echo "==> step 52"
  if ! command -v tool52 >/dev/null 2>&1; then
    apt-get install -y tool52 || true
  fi
}
step_52

step_53() {
  echo "==> step 53"
  if ! command -v tool53 >/dev/null 2>&1; then
    apt-get install -y tool53 || true
  fi
}
step_53

step_54() {
  echo "==> step 54"
  if ! command -v tool54 >/dev/null 2>&1; then
    apt-get install -y tool54 || true
  fi
}
step_54

step_55() {
  echo "==> step 55"
  if ! command -v tool55 >/dev/null 2>&1; then
    apt-get install -y tool55 || true
  fi
}
step_55

step_56() {
  echo "==> step 56"
  if ! command -v tool56 >/dev/null 2>&1; then
    apt-get install -y tool56 || true
  fi
}
step_56

step_57() {
  echo "==> step 57"
  if ! command -v tool57 >/dev/null 2>&1; then
    apt-get install -y tool57 || true
  fi
}
step_57

step_58() {
  echo "==> step 58"
  if ! command -v tool58 >/dev/null 2>&1; then
    apt-get install -y tool58 || true
  fi
}
step_58

step_59() {
  echo "==> step 59"
  if ! command -v tool59 >/dev/null 2>&1; then
    apt-get install -y tool59 || true
  fi
}
step_59

step_60() {
  echo "==> step 60"
  if ! command -v tool60 >/dev/null 2>&1; then
    apt-get install -y tool60 || true
  fi
}
step_60

step_61() {
  echo "==> step 61"
  if ! command -v tool61 >/dev/null 2>&1; then
    apt-get install -y tool61 || true
  fi
}
step_61

step_62() {
  echo "==> step 62"
  if ! command -v tool62 >/dev/null 2>&1; then
    apt-get install -y tool62 || true
  fi
}
step_62

step_63() {
  echo "==> step 63"
  if ! command -v tool63 >/dev/null 2>&1; then
    apt-get install -y tool63 || true
  fi
}
step_63

step_64() {
  echo "==> step 64"
  if ! command -v tool64 >/dev/null 2>&1; then
    apt-get install -y tool64 || true
  fi
}
step_64

step_65() {
  echo "==> step 65"
  if ! command -v tool65 >/dev/null 2>&1; then
    apt-get install -y tool65 || true
  fi
}
step_65

step_66() {
  echo "==> step 66"
  if ! command -v tool66 >/dev/null 2>&1; then
    apt-get install -y tool66 || true
  fi
}
step_66


if [ -d "$APP_DIR/node_modules" ]; then
    echo "dependencies already installed"
fi
exit 1
fi

cd "$APP_DIR"
npm ci
npm run build
systemctl restart acme-portal
echo "bootstrap complete"
