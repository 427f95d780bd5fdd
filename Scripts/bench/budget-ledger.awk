# A claims file (the columns of Datasets/claims.csv) of `claims` generated claims, for the
# conflicts budgets of Scripts/instruction-budgets.sh: `awk -v claims=N -f budget-ledger.awk`.
# Deterministic. Ranges and "about" figures of four subjects of the embedded ledger (three
# ranges in km, a length in m) from 97 reports, so every subject gains claims from many
# reports; most ranges overlap, some disagree with each other or with the embedded claims.
BEGIN {
    print "id,subject,kind,as_written,low,nominal,high,unit,hedge,meaning,alternative_group,quote,speaker,outlet,article,url,published,as_of,notes"
    split("kn23-range crbm-range kn24-range crbm-length", subject, " ")
    split("km km km m", unit, " ")
    split("690 150 400 9", base, " ")
    for (i = 1; i <= claims; i++) {
        s = 1 + i % 4
        b = base[s]
        if (i % 3 == 0) {
            hedge = "about"; meaning = "point"; written = "about " int(b); low = ""; nominal = int(b); high = ""
        } else {
            low = int(b * (90 + i % 7) / 100); high = int(b * (105 + i % 11) / 100)
            hedge = ""; meaning = "bounds"; written = low "-" high " " unit[s]; nominal = ""
        }
        report = 1 + i % 97
        printf "gen-%06d,%s,quantity,%s,%s,%s,%s,%s,%s,%s,,\"a range of %s\",Speaker %d,Outlet %d,Report %d,https://example.org/report/%d,2024-%02d-%02d,,generated\n", \
            i, subject[s], written, low, nominal, high, unit[s], hedge, meaning, written, i % 13, report, report, report, 1 + report % 12, 1 + report % 28
    }
}
