// Progressive enhancement of the ballot: a running total of the cost ticked, or of the points left. The server
// checks every rule again, so the ballot works the same without this.
const form = document.getElementById('ballot')
const total = document.getElementById('running-total')
const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' })

function budget () {
  const district = form.querySelector('input[name="district"]:checked')
  return Number(district ? district.dataset.budget : total.dataset.budget)
}

function update () {
  if (form.dataset.ballotType === 'COST_LIMITED') {
    let cost = 0
    form.querySelectorAll('input[name="choice"]:checked').forEach(box => { cost += Number(box.dataset.cost) })
    const left = budget() - cost
    total.textContent = 'Chosen so far: ' + pounds.format(cost) + ' of ' + pounds.format(budget()) + '. ' +
      (left >= 0 ? pounds.format(left) + ' left.' : 'Over the budget by ' + pounds.format(-left) + '.')
  } else {
    let points = 0
    form.querySelectorAll('input[data-points]').forEach(input => {
      const n = parseInt(input.value, 10)
      if (!isNaN(n) && n > 0) points += n
    })
    const left = Number(total.dataset.points) - points
    total.textContent = left >= 0 ? 'Points left to share out: ' + left + '.'
      : 'Too many points: take ' + (-left) + ' away.'
  }
}

if (form && total) {
  form.addEventListener('input', update)
  form.addEventListener('change', update)
  update()
}

document.querySelectorAll('[data-print]').forEach(button => button.addEventListener('click', () => window.print()))
