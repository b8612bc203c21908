// Progressive enhancement only: every form works without this script.
// The verdict field of the sign-off form applies to an override only: hide it otherwise.
document.addEventListener("DOMContentLoaded", function () {
  var decision = document.getElementById("decision");
  var verdict = document.getElementById("verdict");
  if (!decision || !verdict) { return; }
  var field = verdict.closest(".field");
  function update() {
    var override = decision.value === "override";
    field.hidden = !override;
    verdict.required = override;
    if (!override) { verdict.value = ""; }
  }
  decision.addEventListener("change", update);
  update();
  var problem = document.getElementById("problem");
  if (problem) { problem.focus(); }
});
