profile baseline "A profile with deliberate errors"

set cpa = 1 cite "test"
set cap = "high" cite "test"
disable AGY-902
severity FEE-999 high cite "test"
severity FEE-907 urgent cite "test"
