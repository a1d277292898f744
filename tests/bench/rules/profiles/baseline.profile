profile baseline "benchmark pack: ILO baseline"
