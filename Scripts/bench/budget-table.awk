# A fixed CSV table for Scripts/instruction-budgets.sh: `awk -v rows=N -f budget-table.awk`.
# Deterministic; the columns of a typical reckon table: an id, text (every seventh field with
# a comma and doubled quotes), a whole number, a decimal, an estimate column as reckon writes
# it (range_low, range_nominal, range_high, range_unit) and a date kept as text.
BEGIN {
    print "id,place,count,share,range_low,range_nominal,range_high,range_unit,reported"
    for (i = 1; i <= rows; i++) {
        place = i % 7 == 0 ? "Site \"\"" i "\"\", north" : "Depot " (i % 97)
        printf "r%06d,\"%s\",%d,%.3f,%d,%d,%d,km,2024-%02d-%02d\n", \
            i, place, (i * 7919) % 100000, (i % 1000) / 1000, 100 + i % 50, 150 + i % 50, 200 + i % 50, 1 + i % 12, 1 + i % 28
    }
}
