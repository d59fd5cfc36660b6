# Reads cases written by generate.py (name / candidate / baseline / confidence, one per line) and prints
# name,status,estimate,ci_low,ci_high,p_value for R's wilcox.test(candidate, baseline, conf.int = TRUE).
args <- commandArgs(trailingOnly = TRUE)
lines <- readLines(args[1])
parse <- function(s) if (nchar(s) == 0) numeric(0) else as.numeric(strsplit(s, " ")[[1]])
for (i in seq(1, length(lines), by = 4)) {
  name <- lines[i]
  candidate <- parse(lines[i + 1])
  baseline <- parse(lines[i + 2])
  level <- as.numeric(lines[i + 3])
  res <- tryCatch(suppressWarnings(wilcox.test(candidate, baseline, conf.int = TRUE, conf.level = level)),
                  error = function(e) NULL)
  if (is.null(res) || any(!is.finite(res$conf.int)) || !is.finite(res$estimate)) {
    cat(name, ",refused,NA,NA,NA,NA\n", sep = "")
  } else {
    cat(name, ",ok,", sprintf("%.17g", res$estimate), ",", sprintf("%.17g", res$conf.int[1]), ",",
        sprintf("%.17g", res$conf.int[2]), ",", sprintf("%.17g", res$p.value), "\n", sep = "")
  }
}
