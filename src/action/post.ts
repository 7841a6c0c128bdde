import { two } from "../go/x.ts";
import * as core from "@actions/core";
core.info(`post ${two()}`);
