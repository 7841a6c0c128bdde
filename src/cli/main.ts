#!/usr/bin/env node
import * as core from "@actions/core";
core.info("cli");
