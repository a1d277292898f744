profile baseline "ILO baseline: workers pay no recruitment fees or related costs"
