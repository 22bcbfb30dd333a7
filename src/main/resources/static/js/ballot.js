// Progressive enhancement of the ballot: a running total of the cost ticked, or of the points left. The server
// checks every rule again, so the ballot works the same without this.
const form = document.getElementById('ballot')
const total = document.getElementById('running-total')
const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' })

function district () {
  return form.querySelector('input[name="district"]:checked')
}

// In a process with areas, a voter's projects for their area are paid from the area's budget and their projects
// for all areas from what the area budgets leave, so each is totted up against its own budget.
function line (label, cost, budget) {
  const left = budget - cost
  return label + pounds.format(cost) + ' of ' + pounds.format(budget) + '. ' +
    (left >= 0 ? pounds.format(left) + ' left.' : 'Over the budget by ' + pounds.format(-left) + '.')
}

function update () {
  if (form.dataset.ballotType === 'COST_LIMITED') {
    let forArea = 0
    let forAll = 0
    form.querySelectorAll('input[name="choice"]:checked').forEach(box => {
      if (box.dataset.forArea === 'true') forArea += Number(box.dataset.cost)
      else forAll += Number(box.dataset.cost)
    })
    const area = district()
    if (!area) {
      total.textContent = line('Chosen so far: ', forArea + forAll, Number(total.dataset.budget))
    } else {
      const name = form.querySelector('label[for="' + area.id + '"]').textContent.replace(/ \(budget .*\)$/, '')
      total.textContent = line('Chosen for ' + name + ': ', forArea, Number(area.dataset.budget)) + ' ' +
        line('Chosen for all areas: ', forAll, Number(total.dataset.forAll))
    }
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
